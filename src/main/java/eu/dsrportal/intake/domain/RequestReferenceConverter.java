package eu.dsrportal.intake.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RequestReferenceConverter implements AttributeConverter<RequestReference, String> {
  @Override
  public String convertToDatabaseColumn(RequestReference reference) {
    return reference == null ? null : reference.value();
  }

  @Override
  public RequestReference convertToEntityAttribute(String value) {
    return value == null ? null : RequestReference.parse(value);
  }
}
