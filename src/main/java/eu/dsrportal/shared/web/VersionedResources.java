package eu.dsrportal.shared.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Every resource URL carries the portal's build ({@code v=} a short hash of the version and build
 * time), so that browsers fetch scripts and styles anew after each release, and the libraries' own
 * versions (PrimeFaces adds its own unless {@code primefaces.HIDE_RESOURCE_VERSION}) are not shown
 * to anyone. Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {
  static final String BUILD = build();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    if (resource == null) {
      return null;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + "v=" + BUILD;
      }
    };
  }

  private static String build() {
    Properties build = new Properties();
    try (InputStream in = VersionedResources.class.getResourceAsStream("/build.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String what = build.getProperty("version", "") + " " + build.getProperty("time", "");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
