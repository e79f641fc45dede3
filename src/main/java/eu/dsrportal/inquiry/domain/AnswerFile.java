package eu.dsrportal.inquiry.domain;

import eu.dsrportal.shared.domain.FileType;

/** A file stored for an answer: its name as uploaded, its type by content, its bytes' key. */
public record AnswerFile(
    String fileName, FileType type, long size, String storageKey, String sha256) {}
