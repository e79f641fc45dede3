package eu.dsrportal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback for tests and the mail batteries (perf/): accepts every mail, or
 * refuses recipients containing a given text with {@code 550}, or (black hole) accepts the first
 * connections and never answers them. Keeps each mail's arrival time, Message-ID and subject, never
 * the body. Runs without dependencies, so a script can start it with {@code java SmtpSink.java PORT
 * [--refuse TEXT] [--black-hole-first N] [--log FILE]}.
 */
public final class SmtpSink implements AutoCloseable {

  /** One mail as received. */
  public record Received(long atMillis, String messageId, String subject, String recipient) {}

  private final ServerSocket server;
  private final ExecutorService connections =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "smtp-sink");
            t.setDaemon(true);
            return t;
          });
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Socket> held = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger accepted = new AtomicInteger();
  private final String refuse;
  private final int blackHoleFirst;
  private final PrintWriter log;

  public SmtpSink(int port, String refuse, int blackHoleFirst, Path logFile) throws IOException {
    this.server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
    this.refuse = refuse;
    this.blackHoleFirst = blackHoleFirst;
    this.log =
        logFile == null
            ? null
            : new PrintWriter(
                Files.newBufferedWriter(
                    logFile,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND),
                true);
    Thread acceptor = new Thread(this::accept, "smtp-sink-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Accepts everything. */
  public static SmtpSink start(int port) throws IOException {
    return new SmtpSink(port, null, 0, null);
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Connections accepted so far. */
  public int connections() {
    return accepted.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        int number = accepted.incrementAndGet();
        if (number <= blackHoleFirst) {
          held.add(socket); // accepted, never answered
        } else {
          connections.execute(() -> serve(socket));
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      String recipient = null;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        switch (command) {
          case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
          case "HELO", "NOOP" -> reply(out, "250 ok");
          case "MAIL" -> {
            recipient = null;
            reply(out, "250 ok");
          }
          case "RCPT" -> {
            if (refuse != null && line.contains(refuse)) {
              reply(out, "550 5.1.1 mailbox unavailable");
            } else {
              recipient = line.substring(line.indexOf(':') + 1).trim();
              reply(out, "250 ok");
            }
          }
          case "RSET" -> {
            recipient = null;
            reply(out, "250 ok");
          }
          case "DATA" -> {
            if (recipient == null) {
              reply(out, "554 no valid recipients");
              break;
            }
            reply(out, "354 go ahead");
            String messageId = "";
            String subject = "";
            boolean headers = true;
            while ((line = in.readLine()) != null && !line.equals(".")) {
              if (headers && line.isEmpty()) {
                headers = false;
              } else if (headers && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).trim();
              } else if (headers && line.regionMatches(true, 0, "Subject:", 0, 8)) {
                subject = line.substring(8).trim();
              }
            }
            Received mail = new Received(System.currentTimeMillis(), messageId, subject, recipient);
            received.add(mail);
            if (log != null) {
              log.println(mail.atMillis() + "\t" + messageId + "\t" + subject);
            }
            reply(out, "250 queued");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "502 not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
      synchronized (held) {
        for (Socket s : held) {
          s.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.shutdownNow();
    if (log != null) {
      log.close();
    }
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String refuse = null;
    int blackHole = 0;
    Path logFile = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--refuse" -> refuse = args[++i];
        case "--black-hole-first" -> blackHole = Integer.parseInt(args[++i]);
        case "--log" -> logFile = Path.of(args[++i]);
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    SmtpSink sink = new SmtpSink(port, refuse, blackHole, logFile);
    System.out.println("SMTP sink on 127.0.0.1:" + port);
    Runtime.getRuntime().addShutdownHook(new Thread(sink::close));
    Thread.currentThread().join();
  }
}
