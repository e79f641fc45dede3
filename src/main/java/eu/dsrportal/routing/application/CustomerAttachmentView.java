package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.Attachment;

/** A file of a request, as its customer sees it listed: to download, never shown inline. */
public record CustomerAttachmentView(long id, String fileName, String mediaType, long size) {
  CustomerAttachmentView(Attachment a) {
    this(a.getId(), a.getFileName(), a.getType().mediaType(), a.getSize());
  }
}
