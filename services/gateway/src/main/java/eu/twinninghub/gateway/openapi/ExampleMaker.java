package eu.twinninghub.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example value for a schema, built from the examples its parts carry (records in libs/api
 * give examples for their fields where a format alone says too little) and from types and formats
 * elsewhere, so that every operation of the document shows a request and an answer.
 */
final class ExampleMaker {

    private static final int DEEPEST = 8;
    private final Map<String, Schema> schemas;

    ExampleMaker(Components components) {
        this.schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    Object example(Schema schema) {
        return example(schema, 0);
    }

    private Object example(Schema schema, int depth) {
        if (schema == null || depth > DEEPEST) {
            return null;
        }
        if (schema.getRef() != null) {
            return example(schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    Object value = example(choice, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        Schema.SchemaType type = type(schema);
        if (type == null) {
            return schema.getProperties() != null ? object(schema, depth) : null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth);
            case ARRAY -> {
                Object item = example(schema.getItems(), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case STRING -> string(schema);
            case INTEGER -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : 1.5;
            case BOOLEAN -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private Map<String, Object> object(Schema schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
        }
        return object;
    }

    private static Schema.SchemaType type(Schema schema) {
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : new ArrayList<>(schema.getType());
        types.remove(Schema.SchemaType.NULL);
        return types.isEmpty() ? null : types.get(0);
    }

    private static String string(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> "c69235b9-4730-305d-8fee-c51897a80b07";
            case "date-time" -> "2026-11-23T09:30:00Z";
            case "date" -> "2026-12-01";
            case "uri", "url" -> "https://twinninghub.eu";
            case "email" -> "twinning@example.org";
            default -> schema.getPattern() != null ? null : "text";
        };
    }
}
