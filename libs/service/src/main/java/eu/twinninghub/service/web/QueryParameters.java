package eu.twinninghub.service.web;

import eu.twinninghub.service.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads numbers and ids in request parameters so that a query parameter of the wrong type is a 400
 * naming it. JAX-RS must answer a query parameter it cannot convert with 404 (section 3.2 of the
 * specification): a caller who sent {@code limit=ten} would be told the address does not exist. A
 * path parameter of the wrong type stays a 404: there is nothing at that address.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    /** A value that is not of its parameter's type; JAX-RS wraps it in the 404 it answers. */
    public static final class Unreadable extends IllegalArgumentException {

        private final String value;
        private final String expected;

        Unreadable(String value, String expected) {
            super("'" + value + "' " + expected);
            this.value = value;
            this.expected = expected;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        // The annotations do not say where the value comes from when a resource implements an
        // interface of libs/api (they are on the interface): the query is looked up on failure.
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(Integer::valueOf, "must be a whole number");
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(Long::valueOf, "must be a whole number");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(UUID::fromString, "must be an id (a UUID)");
        }
        return null;
    }

    /** The refusal to answer when {@code failure} is a value of the request's query that could not be read. */
    public static Optional<ProblemException> refusal(Throwable failure, UriInfo uri) {
        if (!(failure instanceof Unreadable unreadable)) {
            return Optional.empty();
        }
        return uri.getQueryParameters().entrySet().stream()
                .filter(parameter -> parameter.getValue().contains(unreadable.value))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .map(name -> ProblemException.invalid(name, unreadable.expected));
    }

    private record Strict<T>(Function<String, T> parse, String expected) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                throw new Unreadable(value, expected);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
