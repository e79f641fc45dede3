package eu.dsrportal.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only files the portal stores (a scan of a letter, a copy of a demand, an inquiry's answer),
 * told by their first bytes, never by the name or the type the browser claims.
 */
public enum FileType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  FileType(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  /** The type whose signature the content starts with, if any. */
  public static Optional<FileType> of(byte[] content) {
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

  /**
   * A name fit for a download header, at most {@code maxLength} long: no path, no control, format
   * or lone surrogate characters (a right-to-left override, U+202E, before "fdp.exe" shows the name
   * as ending in "exe.pdf"), this type's extension; {@code fallback} when nothing is left.
   */
  public String safeName(String name, String fallback, int maxLength) {
    String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\"]", "").strip();
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    if (base.isEmpty()) {
      base = fallback;
    }
    int max = maxLength - extension.length() - 1;
    return (base.length() > max ? base.substring(0, max) : base) + "." + extension;
  }
}
