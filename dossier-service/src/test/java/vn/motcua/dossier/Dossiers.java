package vn.motcua.dossier;

public final class Dossiers {
    private Dossiers() {
    }

    public static String request(String procedureCode, String channel) {
        return """
                {"procedureCode":"%s","channel":"%s",
                 "applicant":{"name":"Nguyễn Thị Hoa","idNumber":"020190000123","phone":"0912345678"}}"""
                .formatted(procedureCode, channel);
    }

    /** A paper dossier the desk accepted earlier and records now (issue 13: the post is accepted later). */
    public static String requestReceivedAt(String procedureCode, String receivedAt) {
        return """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","receivedAt":"%s",
                 "applicant":{"name":"Trần Văn Bình"}}""".formatted(procedureCode, receivedAt);
    }
}
