package org.learnpath.rest.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import org.learnpath.events.Text;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The request bodies every LearnPath API reads, held to what the domain can store. Each rule answers a request with a
 * 400 problem that names the field (ProblemMappers), where the input used to travel on until the database or a sort
 * failed on it with a 500:
 * <ul>
 *   <li>strings: no control characters, noncharacters or unpaired surrogates ({@link Text});</li>
 *   <li>numbers: finite only (1e400 reads as infinity, which neither JSON nor jsonb can hold), at most 100 digits;</li>
 *   <li>lists: no null elements (every list of the API is a list of values);</li>
 *   <li>structure: no duplicate keys (which value would count is a guess), nothing after the document, and at most
 *       {@value #MAX_NESTING} levels of nesting (no request of the API needs more than a handful).</li>
 * </ul>
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    static final int MAX_NESTING = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(100)
                .build());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule module = new SimpleModule("learnpath-input-rules");
        module.addDeserializer(String.class, new CleanString());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE));
        mapper.registerModule(module);
    }

    /** Jackson's own string reading, then the {@link Text} check. */
    static final class CleanString extends StdScalarDeserializer<String> {

        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String forbidden = value == null ? null : Text.firstForbidden(value);
            if (forbidden != null) {
                throw new InvalidFormatException(p, "must not contain " + forbidden, null, String.class);
            }
            return value;
        }
    }

    /** Jackson's own number reading (with its coercions), then a refusal of infinities and NaN. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        private final NumberDeserializers.DoubleDeserializer delegate;

        FiniteDouble(Class<Double> type) {
            super(type);
            this.delegate = new NumberDeserializers.DoubleDeserializer(type, type.isPrimitive() ? 0.0 : null);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = delegate.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new InvalidFormatException(p, "must be a finite number", null, Double.class);
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            return delegate.getNullValue(ctxt);
        }
    }
}
