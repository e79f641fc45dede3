package eu.dsrportal.inquiry.domain;

/** A file stored for an answer: its name as uploaded, its type by content, its bytes' key. */
public record AnswerFile(
    String fileName, InquiryFileType type, long size, String storageKey, String sha256) {}
