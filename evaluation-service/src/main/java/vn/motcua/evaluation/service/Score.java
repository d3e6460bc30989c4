package vn.motcua.evaluation.service;

/** The points a dossier earned on one indicator, as the use cases hand it out (the entity stays inside). */
public record Score(int indicator, int points) {
}
