-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d): one database per
-- service, as on Kubernetes. Local development only: everything is owned by the one POSTGRES_USER.
CREATE DATABASE catalog;
CREATE DATABASE dossier;
CREATE DATABASE evaluation;
CREATE DATABASE reporting;
