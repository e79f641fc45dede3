package eu.dsrportal.intake.application;

/** A file as staff uploaded it: the name their computer gave it and its bytes. */
public record Upload(String fileName, byte[] content) {}
