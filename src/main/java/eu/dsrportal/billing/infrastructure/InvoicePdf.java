package eu.dsrportal.billing.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceDocument.Line;
import eu.dsrportal.billing.domain.InvoiceDocument.Party;
import eu.dsrportal.billing.domain.InvoiceDocument.Payment;
import eu.dsrportal.billing.domain.InvoiceDocument.Type;
import eu.dsrportal.billing.domain.InvoiceDocument.VatBreakdown;
import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.shared.infrastructure.PdfText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The printable invoice or credit note: an A4 PDF (OpenPDF) in the customer's language, with the
 * seller and the buyer, the lines with the task, instruction and time entries behind each, the VAT
 * breakdown, the totals and how to pay; for reverse charge the legal mention. Labels come from the
 * {@code invoice.doc.*} texts of the bundles, amounts and dates are formatted for {@code locale}.
 *
 * <p>The standard Helvetica font is written in Windows-1252, which holds the letters of nl, fr, de
 * and en and the euro sign; characters outside it (and the narrow no-break space some locales put
 * in numbers) are replaced so that no text silently disappears.
 */
public final class InvoicePdf {
  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

  private final InvoiceDocument doc;
  private final ResourceBundle labels;
  private final Locale locale;
  private final NumberFormat money;
  private final NumberFormat price;
  private final NumberFormat quantity;
  private final DateTimeFormatter dates;
  private final Font normal = font(BaseFont.HELVETICA, 9, Color.BLACK);
  private final Font small = font(BaseFont.HELVETICA, 8, Color.DARK_GRAY);
  private final Font bold = font(BaseFont.HELVETICA_BOLD, 9, Color.BLACK);
  private final Font heading = font(BaseFont.HELVETICA_BOLD, 11, Color.BLACK);
  private final Font title = font(BaseFont.HELVETICA_BOLD, 20, Color.BLACK);

  private InvoicePdf(InvoiceDocument doc, ResourceBundle labels, Locale locale) {
    this.doc = doc;
    this.labels = labels;
    this.locale = locale;
    Currency currency = Currency.getInstance(doc.currency() == null ? "EUR" : doc.currency());
    this.money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(currency);
    money.setMinimumFractionDigits(2);
    money.setMaximumFractionDigits(2);
    this.price = NumberFormat.getCurrencyInstance(locale);
    price.setCurrency(currency);
    price.setMinimumFractionDigits(2);
    price.setMaximumFractionDigits(4);
    this.quantity = NumberFormat.getNumberInstance(locale);
    quantity.setMinimumFractionDigits(0);
    quantity.setMaximumFractionDigits(4);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  /** The PDF of {@code doc}, its labels from {@code labels}, formatted for {@code locale}. */
  public static byte[] render(InvoiceDocument doc, ResourceBundle labels, Locale locale) {
    return new InvoicePdf(doc, labels, locale).render();
  }

  /** An amount as the PDF shows it, e.g. "€ 818,14" in Dutch. */
  public static String formatAmount(BigDecimal amount, String currency, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currency));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return printable(format.format(amount));
  }

  private byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(title() + " " + doc.number());
      pdf.addAuthor(doc.seller().name());
      pdf.addSubject(doc.buyer().name());
      pdf.addCreator("DSR Portal");
      pdf.setDocumentLanguage(locale.toLanguageTag());
      // every page names the document it belongs to, and its number
      HeaderFooter footer =
          new HeaderFooter(
              new Phrase(printable(title() + " " + doc.number() + " \u2013 "), small), true);
      footer.setBorder(Rectangle.NO_BORDER);
      footer.setAlignment(Element.ALIGN_RIGHT);
      pdf.setFooter(footer);
      pdf.open();
      pdf.add(header());
      pdf.add(buyer());
      if (present(doc.note())) {
        Paragraph note = paragraph(doc.note(), normal, 0);
        note.setSpacingAfter(8);
        pdf.add(note);
      }
      pdf.add(lines());
      pdf.add(vatAndTotals());
      if (doc.isReverseCharge()) {
        pdf.add(paragraph(label("invoice.doc.reverseChargeNotice"), bold, 10));
      }
      pdf.add(payment());
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the PDF of " + doc.number(), e);
    }
    return out.toByteArray();
  }

  /** The seller on the left, the title, number and dates on the right. */
  private PdfPTable header() throws DocumentException {
    PdfPTable table = table(new float[] {55, 45});
    PdfPCell seller = cell(null);
    seller.addElement(paragraph(doc.seller().name(), heading, 0));
    party(seller, doc.seller());
    table.addCell(seller);

    PdfPCell right = cell(null);
    Paragraph titleLine = paragraph(title(), title, 0);
    titleLine.setSpacingAfter(6);
    right.addElement(titleLine);
    PdfPTable facts = table(new float[] {45, 55});
    fact(facts, label("invoice.doc.number"), doc.number(), bold);
    fact(facts, label("invoice.doc.issueDate"), date(doc.issueDate()), normal);
    if (doc.type() == Type.INVOICE && doc.dueDate() != null) {
      fact(facts, label("invoice.doc.dueDate"), date(doc.dueDate()), normal);
    }
    if (present(doc.buyerReference())) {
      fact(facts, label("invoice.doc.buyerReference"), doc.buyerReference(), normal);
    }
    right.addElement(facts);
    if (present(doc.precedingNumber())) {
      right.addElement(
          paragraph(
              label("invoice.doc.corrects", doc.precedingNumber(), date(doc.precedingIssueDate())),
              bold,
              6));
    }
    table.addCell(right);
    table.setSpacingAfter(18);
    return table;
  }

  private PdfPTable buyer() throws DocumentException {
    PdfPTable table = table(new float[] {55, 45});
    PdfPCell buyer = cell(null);
    buyer.setBorder(Rectangle.LEFT);
    buyer.setBorderColor(RULE);
    buyer.setBorderWidth(2);
    buyer.setPaddingLeft(8);
    buyer.addElement(paragraph(label("invoice.doc.buyer"), small, 0));
    buyer.addElement(paragraph(doc.buyer().name(), bold, 0));
    party(buyer, doc.buyer());
    table.addCell(buyer);
    table.addCell(cell(null));
    table.setSpacingAfter(14);
    return table;
  }

  private void party(PdfPCell cell, Party party) {
    addLine(cell, party.street(), normal);
    addLine(cell, join(" ", party.postalCode(), party.city()), normal);
    if (present(party.countryCode())) {
      addLine(cell, new Locale("", party.countryCode()).getDisplayCountry(locale), normal);
    }
    if (present(party.vatNumber())) {
      addLine(cell, label("invoice.doc.vatNumber") + ": " + party.vatNumber(), normal);
    }
    if (present(party.companyId()) && !party.companyId().equals(digits(party.vatNumber()))) {
      addLine(cell, label("invoice.doc.companyId") + ": " + party.companyId(), normal);
    }
    if (present(party.email())) {
      addLine(cell, label("invoice.doc.email") + ": " + party.email(), normal);
    }
  }

  private PdfPTable lines() throws DocumentException {
    PdfPTable table = table(new float[] {39, 10, 9, 16, 9, 17});
    table.setHeaderRows(1);
    head(table, label("invoice.doc.line.item"), Element.ALIGN_LEFT);
    head(table, label("invoice.doc.line.quantity"), Element.ALIGN_RIGHT);
    head(table, label("invoice.doc.line.unit"), Element.ALIGN_LEFT);
    head(table, label("invoice.doc.line.unitPrice"), Element.ALIGN_RIGHT);
    head(table, label("invoice.doc.line.vat"), Element.ALIGN_RIGHT);
    head(table, label("invoice.doc.line.net"), Element.ALIGN_RIGHT);
    for (Line line : doc.lines()) {
      PdfPCell item = cell(null);
      item.addElement(paragraph(line.name(), bold, 0));
      if (present(line.description())) {
        item.addElement(paragraph(line.description(), small, 1));
      }
      rule(item);
      table.addCell(item);
      table.addCell(ruled(cell(quantity.format(line.quantity()), Element.ALIGN_RIGHT)));
      table.addCell(ruled(cell(unit(line.unitCode()), Element.ALIGN_LEFT)));
      table.addCell(ruled(cell(printable(price.format(line.unitPrice())), Element.ALIGN_RIGHT)));
      table.addCell(ruled(cell(rate(line.category(), line.vatRate()), Element.ALIGN_RIGHT)));
      table.addCell(ruled(cell(amount(line.netAmount()), Element.ALIGN_RIGHT)));
    }
    table.setSpacingAfter(12);
    return table;
  }

  /** The VAT breakdown on the left, the totals on the right. */
  private PdfPTable vatAndTotals() throws DocumentException {
    PdfPTable outer = table(new float[] {50, 50});
    outer.setKeepTogether(true);
    PdfPCell left = cell(null);
    left.addElement(paragraph(label("invoice.doc.vat.heading"), bold, 0));
    PdfPTable vat = table(new float[] {30, 40, 30});
    head(vat, label("invoice.doc.vat.rate"), Element.ALIGN_LEFT);
    head(vat, label("invoice.doc.vat.taxable"), Element.ALIGN_RIGHT);
    head(vat, label("invoice.doc.vat.amount"), Element.ALIGN_RIGHT);
    for (VatBreakdown row : doc.vatBreakdown()) {
      vat.addCell(
          cell(
              row.category() == VatCategory.AE
                  ? label("invoice.doc.vat.reverseCharge")
                  : rate(row.category(), row.rate()),
              Element.ALIGN_LEFT));
      vat.addCell(cell(amount(row.taxable()), Element.ALIGN_RIGHT));
      vat.addCell(cell(amount(row.tax()), Element.ALIGN_RIGHT));
    }
    left.addElement(vat);
    outer.addCell(left);

    PdfPCell right = cell(null);
    right.setPaddingLeft(20);
    PdfPTable totals = table(new float[] {58, 42});
    total(totals, label("invoice.doc.total.net"), amount(doc.lineTotal()), normal);
    total(totals, label("invoice.doc.total.vat"), amount(doc.taxTotal()), normal);
    String payable =
        label(
            doc.type() == Type.CREDIT_NOTE
                ? "invoice.doc.total.credited"
                : "invoice.doc.total.payable");
    PdfPCell name = cell(payable, Element.ALIGN_LEFT, heading);
    PdfPCell value = cell(amount(doc.payableAmount()), Element.ALIGN_RIGHT, heading);
    for (PdfPCell c : new PdfPCell[] {name, value}) {
      c.setBorder(Rectangle.TOP);
      c.setBorderColor(Color.BLACK);
      c.setPaddingTop(4);
      totals.addCell(c);
    }
    right.addElement(totals);
    outer.addCell(right);
    outer.setSpacingAfter(12);
    return outer;
  }

  private PdfPTable payment() throws DocumentException {
    PdfPTable table = table(new float[] {100});
    table.setKeepTogether(true);
    PdfPCell box = cell(null);
    box.setBackgroundColor(SHADE);
    box.setPadding(8);
    box.addElement(paragraph(label("invoice.doc.payment.heading"), bold, 0));
    Payment payment = doc.payment();
    if (payment != null) {
      if (present(payment.terms())) {
        box.addElement(paragraph(payment.terms(), normal, 2));
      }
      PdfPTable account = table(new float[] {30, 70});
      if (present(payment.iban())) {
        fact(account, label("invoice.doc.payment.iban"), grouped(payment.iban()), bold);
      }
      if (present(payment.bic())) {
        fact(account, label("invoice.doc.payment.bic"), payment.bic(), normal);
      }
      if (present(payment.reference())) {
        fact(account, label("invoice.doc.payment.reference"), payment.reference(), bold);
      }
      box.addElement(account);
    }
    table.addCell(box);
    table.setSpacingBefore(6);
    return table;
  }

  private String title() {
    return label(doc.type() == Type.CREDIT_NOTE ? "invoice.doc.creditNote" : "invoice.doc.invoice");
  }

  private String label(String key, Object... arguments) {
    String text = labels.getString(key);
    return printable(
        arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments));
  }

  private String unit(String code) {
    try {
      return label("invoice.doc.unit." + code);
    } catch (MissingResourceException e) {
      return code == null ? "" : code;
    }
  }

  private String rate(VatCategory category, BigDecimal rate) {
    BigDecimal percent = category == VatCategory.AE ? BigDecimal.ZERO : rate;
    return quantity.format(percent) + " %";
  }

  private String amount(BigDecimal amount) {
    return printable(money.format(amount));
  }

  private String date(LocalDate date) {
    return date == null ? "" : printable(dates.format(date));
  }

  private void fact(PdfPTable table, String name, String value, Font font) {
    table.addCell(cell(name, Element.ALIGN_LEFT, small));
    table.addCell(cell(value, Element.ALIGN_LEFT, font));
  }

  private void total(PdfPTable table, String name, String value, Font font) {
    table.addCell(cell(name, Element.ALIGN_LEFT, font));
    table.addCell(cell(value, Element.ALIGN_RIGHT, font));
  }

  private void head(PdfPTable table, String text, int alignment) {
    PdfPCell cell = cell(text, alignment, bold);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(Color.BLACK);
    cell.setPaddingBottom(4);
    table.addCell(cell);
  }

  private PdfPCell cell(String text, int alignment) {
    return cell(text, alignment, normal);
  }

  private PdfPCell cell(String text, int alignment, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
    cell.setHorizontalAlignment(alignment);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(3);
    return cell;
  }

  private static PdfPCell cell(Phrase content) {
    PdfPCell cell = content == null ? new PdfPCell() : new PdfPCell(content);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(3);
    return cell;
  }

  private static PdfPCell ruled(PdfPCell cell) {
    rule(cell);
    return cell;
  }

  private static void rule(PdfPCell cell) {
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPaddingBottom(5);
  }

  private static PdfPTable table(float[] widths) throws DocumentException {
    PdfPTable table = new PdfPTable(widths.length);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    return table;
  }

  private static Paragraph paragraph(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(printable(text), font);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  private void addLine(PdfPCell cell, String text, Font font) {
    if (present(text)) {
      cell.addElement(new Paragraph(new Chunk(printable(text), font)));
    }
  }

  private static Font font(String name, float size, Color color) {
    return FontFactory.getFont(
        name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, color);
  }

  /** IBANs are read in groups of four. */
  static String grouped(String iban) {
    return iban.replace(" ", "").replaceAll("(.{4})(?!$)", "$1 ");
  }

  static String printable(String text) {
    return PdfText.printable(text);
  }

  private static String join(String separator, String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (present(part)) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  private static String digits(String text) {
    return text == null ? null : text.replaceAll("\\D", "");
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
