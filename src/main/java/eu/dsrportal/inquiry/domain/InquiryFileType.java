package eu.dsrportal.inquiry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only files an answer may carry, told by their first bytes, never by the name or the type the
 * browser claims: the same set as the requests' attachments (intake's {@code AttachmentType}, which
 * this context may not use).
 */
public enum InquiryFileType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  InquiryFileType(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  /** The type whose signature the content starts with, if any. */
  public static Optional<InquiryFileType> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            type ->
                content != null
                    && content.length >= type.signature.length
                    && Arrays.equals(Arrays.copyOf(content, type.signature.length), type.signature))
        .findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
