package eu.dsrportal.retention.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.dsrportal.retention.domain.DeletionCertificate;
import eu.dsrportal.retention.domain.DeletionCertificate.Count;
import eu.dsrportal.shared.infrastructure.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The deletion certificate as an A4 PDF (OpenPDF, as the invoices), in the customer's language:
 * labels from the {@code retention.cert.*} texts, times in Brussels.
 */
public final class DeletionCertificatePdf {
  private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final DeletionCertificate cert;
  private final ResourceBundle labels;
  private final Locale locale;
  private final Font normal = font(BaseFont.HELVETICA, 10);
  private final Font bold = font(BaseFont.HELVETICA_BOLD, 10);
  private final Font title = font(BaseFont.HELVETICA_BOLD, 18);

  private DeletionCertificatePdf(DeletionCertificate cert, ResourceBundle labels, Locale locale) {
    this.cert = cert;
    this.labels = labels;
    this.locale = locale;
  }

  public static byte[] render(DeletionCertificate cert, ResourceBundle labels, Locale locale) {
    return new DeletionCertificatePdf(cert, labels, locale).render();
  }

  private byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(label("retention.cert.title"));
      pdf.addAuthor(cert.provider());
      pdf.addSubject(cert.customerName());
      pdf.addCreator("DSR Portal");
      pdf.setDocumentLanguage(locale.toLanguageTag());
      pdf.open();
      Paragraph heading = new Paragraph(printable(label("retention.cert.title")), title);
      heading.setSpacingAfter(12);
      pdf.add(heading);
      pdf.add(
          paragraph(
              MessageFormat.format(
                  label("retention.cert.statement"),
                  cert.provider(),
                  cert.customerName(),
                  cert.endedOn() == null ? "" : cert.endedOn().format(date()))));
      PdfPTable facts = table(2, new float[] {1, 2});
      row(
          facts,
          label("retention.cert.customer"),
          cert.customerName() + " (#" + cert.customerId() + ")");
      row(facts, label("retention.cert.exported"), when(cert.exportedAt(), cert.exportedBy()));
      row(facts, label("retention.cert.deleted"), when(cert.deletedAt(), cert.deletedBy()));
      pdf.add(facts);
      pdf.add(section("retention.cert.removedTitle"));
      pdf.add(counts(cert.removed()));
      pdf.add(section("retention.cert.keptTitle"));
      pdf.add(counts(cert.kept()));
      pdf.add(paragraph(label("retention.cert.keptWhy")));
      pdf.add(paragraph(label("retention.cert.backups")));
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the deletion certificate", e);
    }
    return out.toByteArray();
  }

  private PdfPTable counts(List<Count> counts) throws DocumentException {
    PdfPTable table = table(2, new float[] {4, 1});
    for (Count c : counts) {
      PdfPCell what = new PdfPCell(new Phrase(printable(label(c.key())), normal));
      PdfPCell how = new PdfPCell(new Phrase(String.valueOf(c.count()), normal));
      how.setHorizontalAlignment(Element.ALIGN_RIGHT);
      what.setPadding(4);
      how.setPadding(4);
      table.addCell(what);
      table.addCell(how);
    }
    return table;
  }

  private String when(Instant at, String by) {
    if (at == null) {
      return "\u2013";
    }
    return at.atZone(BRUSSELS)
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale))
        + " \u2013 "
        + by;
  }

  private DateTimeFormatter date() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  private void row(PdfPTable table, String label, String value) {
    PdfPCell left = new PdfPCell(new Phrase(printable(label), bold));
    left.setBackgroundColor(SHADE);
    left.setPadding(4);
    PdfPCell right = new PdfPCell(new Phrase(printable(value), normal));
    right.setPadding(4);
    table.addCell(left);
    table.addCell(right);
  }

  private static PdfPTable table(int columns, float[] widths) throws DocumentException {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    table.setSpacingBefore(6);
    table.setSpacingAfter(10);
    return table;
  }

  private Paragraph section(String key) {
    Paragraph p = new Paragraph(printable(label(key)), bold);
    p.setSpacingBefore(8);
    return p;
  }

  private Paragraph paragraph(String text) {
    Paragraph p = new Paragraph(printable(text), normal);
    p.setSpacingAfter(8);
    return p;
  }

  private String label(String key) {
    return labels.getString(key);
  }

  private static Font font(String name, float size) {
    return FontFactory.getFont(
        name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, Color.BLACK);
  }

  static String printable(String text) {
    return PdfText.printable(text);
  }
}
