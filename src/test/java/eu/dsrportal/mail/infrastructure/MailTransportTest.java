package eu.dsrportal.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTransportTest {
  private final Session session = Session.getInstance(new Properties());
  private final MailMessage mail =
      new MailMessage("buyer@example.org", "Invoice 2026-0001", "Dear customer, é.", "INVOICE");

  @Test
  void aMailWithoutFilesIsOneTextPart() throws Exception {
    MimeMessage message = roundTrip(MailTransport.compose(session, "a@b.example", mail, List.of()));
    assertThat(message.getContentType()).startsWith("text/plain");
    assertThat(message.getContent()).isEqualTo("Dear customer, é.");
  }

  @Test
  void filesFollowTheTextInAMixedMultipartWithTheirNamesTypesAndBytes() throws Exception {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] xml = "<Invoice>\n  <ID>1</ID>\n</Invoice>\n".getBytes(StandardCharsets.UTF_8);
    MimeMessage message =
        roundTrip(
            MailTransport.compose(
                session,
                "a@b.example",
                mail,
                List.of(
                    new MailAttachment("Invoice 2026-0001.pdf", "application/pdf", pdf),
                    new MailAttachment("facture-é.xml", "application/xml", xml))));

    assertThat(message.getContentType()).startsWith("multipart/mixed");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Dear customer, é.");
    assertThat(parts.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("Invoice 2026-0001.pdf");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
    assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
    assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("facture-é.xml");
    assertThat(parts.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(xml);
  }

  private MimeMessage roundTrip(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
  }
}
