package org.selaras.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.selaras.text.Chars;

import java.io.IOException;

/**
 * Every string of every JSON body must be a JSON string (not a number or true/false read as text) and
 * well-formed Unicode. JSON can spell a lone surrogate
 * ({@code "Joko\ud800"}) that no UTF-8 file can hold: stored, it would break every later export and
 * change feed. Refused here, once for all fields, as a 400 naming the field.
 */
@Singleton
public class WellFormedStrings implements ObjectMapperCustomizer {

    /** A string that is not well-formed UTF-16; {@link JsonProblems} words it. */
    static final class IllFormed extends JsonMappingException {
        final int index;

        IllFormed(JsonParser p, int index) {
            super(p, "lone surrogate at character " + index);
            this.index = index;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // a number or true/false is not a text: {"password": 12345678} is refused, not read as "12345678"
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("well-formed-strings")
                .addDeserializer(String.class, new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                        String s = super.deserialize(p, ctx);
                        int bad = s == null ? -1 : Chars.firstLoneSurrogate(s);
                        if (bad >= 0) throw new IllFormed(p, bad);
                        return s;
                    }
                }));
    }
}
