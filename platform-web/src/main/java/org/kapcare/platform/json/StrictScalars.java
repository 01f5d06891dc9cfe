package org.kapcare.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON value is taken only in its own type: no number for a string ({@code "name": 12345} is not
 * {@code "12345"}), no string for a number or a boolean ({@code "35"}, {@code "true"}), no fraction
 * truncated into an integer, no enum by its position. Quarkus leaves Jackson's coercions on; a
 * refused coercion is an {@code InvalidFormatException}, which the problem mappers answer as a 400
 * naming the field.
 *
 * <p>{@code MapperFeature.ALLOW_COERCION_OF_SCALARS} covers numbers, booleans and dates as targets;
 * a string target is Jackson's "textual" type, whose coercions are switched off one by one. An
 * integer is still a valid decimal ({@code 35} for {@code 35.0}).
 */
@Singleton
public class StrictScalars implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    // Checked before the feature above: a fraction would still be truncated into an integer.
    mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
    // An enum by its name only, never by its position ("instrument": 0).
    mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
