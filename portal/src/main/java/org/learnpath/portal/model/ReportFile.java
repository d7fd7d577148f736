package org.learnpath.portal.model;

/** A report as a file to download: its bytes as the service wrote them, their media type and the file's name. */
public record ReportFile(byte[] body, String contentType, String fileName) {

    public ReportFile {
        body = body == null ? new byte[0] : body;
    }
}
