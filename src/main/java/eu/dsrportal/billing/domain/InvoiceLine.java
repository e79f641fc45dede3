package eu.dsrportal.billing.domain;

import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.shared.domain.AssistanceKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A line of an invoice or credit note: the task it bills, the amount, and the work behind it. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final int TITLE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "line_type", nullable = false, length = 20)
  private Pricing.LineType type;

  @Column(name = "task_id")
  private Long taskId;

  @Column(name = "task_reference", length = 30)
  private String taskReference;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AssistanceKind kind;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "request_reference", length = 40)
  private String requestReference;

  @Column(name = "instruction_version")
  private Integer instructionVersion;

  @Column(nullable = false)
  private boolean included;

  @Column(nullable = false, precision = 12, scale = 4)
  private BigDecimal quantity;

  @Column(name = "unit_code", nullable = false, length = 3)
  private String unitCode;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "net_amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal netAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_category", nullable = false, length = 2)
  private VatCategory vatCategory;

  @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal vatRate;

  @Column(name = "credited_line_id")
  private Long creditedLineId;

  @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date, id")
  private List<InvoiceWork> work = new ArrayList<>();

  protected InvoiceLine() {}

  InvoiceLine(Invoice invoice, int position, Pricing.Line line) {
    this.invoice = invoice;
    this.position = position;
    this.type = line.type();
    this.taskId = line.taskId();
    this.taskReference = line.taskReference();
    this.kind = line.kind();
    this.title = cut(line.title());
    this.requestReference = line.requestReference();
    this.instructionVersion = line.instructionVersion();
    this.included = line.included();
    this.quantity = line.quantity();
    this.unitCode = line.unitCode();
    this.unitPrice = line.unitPrice();
    this.netAmount = line.netAmount();
    this.vatCategory = line.category();
    this.vatRate = line.vatRate();
    line.work().forEach(w -> work.add(new InvoiceWork(this, w)));
  }

  /** The credit of a line of a final invoice: the same line, referring to it. */
  InvoiceLine(Invoice creditNote, int position, InvoiceLine credited) {
    this.invoice = creditNote;
    this.position = position;
    this.type = credited.type;
    this.taskId = credited.taskId;
    this.taskReference = credited.taskReference;
    this.kind = credited.kind;
    this.title = credited.title;
    this.requestReference = credited.requestReference;
    this.instructionVersion = credited.instructionVersion;
    this.included = credited.included;
    this.quantity = credited.quantity;
    this.unitCode = credited.unitCode;
    this.unitPrice = credited.unitPrice;
    this.netAmount = credited.netAmount;
    this.vatCategory = credited.vatCategory;
    this.vatRate = credited.vatRate;
    this.creditedLineId = credited.id;
  }

  private static String cut(String text) {
    String t = text == null ? "" : text;
    return t.length() > TITLE_LENGTH ? t.substring(0, TITLE_LENGTH) : t;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public int getPosition() {
    return position;
  }

  public Pricing.LineType getType() {
    return type;
  }

  public Long getTaskId() {
    return taskId;
  }

  public String getTaskReference() {
    return taskReference;
  }

  public AssistanceKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getRequestReference() {
    return requestReference;
  }

  public Integer getInstructionVersion() {
    return instructionVersion;
  }

  public boolean isIncluded() {
    return included;
  }

  /** Without trailing zeros beyond two decimals: 1.50 hours, 0.3333 hours. */
  public BigDecimal getQuantity() {
    BigDecimal q = quantity.stripTrailingZeros();
    return q.scale() < 2 ? q.setScale(2) : q;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getNetAmount() {
    return netAmount;
  }

  public VatCategory getVatCategory() {
    return vatCategory;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public Long getCreditedLineId() {
    return creditedLineId;
  }

  public List<InvoiceWork> getWork() {
    return Collections.unmodifiableList(work);
  }

  /** The line's name on documents: the task's reference and title. */
  public String getName() {
    return taskReference == null ? title : taskReference + " " + title;
  }

  /** Minutes billed on this line (time lines). */
  public int getBilledMinutes() {
    return work.stream().mapToInt(InvoiceWork::getBilledMinutes).sum();
  }
}
