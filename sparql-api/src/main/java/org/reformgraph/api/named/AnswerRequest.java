package org.reformgraph.api.named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.ParameterBindingException;
import org.springframework.http.MediaType;

/**
 * What a {@code GET /api/queries/{name}} asks for, read the same way wherever it is answered: the parameters' values
 * (each given once), and the form of the answer, from {@code ?format=} or else the Accept header.
 *
 * @param values  the query's parameters, {@code format} taken out
 * @param format  the {@code ?format=} value, or null
 * @param accept  the Accept header, or null
 */
record AnswerRequest(Map<String, String> values, String format, String accept) {
    static final String FORMAT = "format";

    /** @throws ParameterBindingException when a parameter is given more than once */
    static AnswerRequest of(Map<String, ? extends List<String>> parameters, String accept) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((key, given) -> {
            if (given.size() > 1) {
                throw new ParameterBindingException("parameter '" + key + "' is given " + given.size()
                        + " times; give it once");
            }
            values.put(key, given.get(0));
        });
        String format = values.remove(FORMAT);
        return new AnswerRequest(Map.copyOf(values), format, accept);
    }

    /** Whether the nodes-and-edges form is asked for, rather than the query's own answer. */
    boolean network() {
        return NetworkAnswer.FORMAT.equals(format) || (format == null && NetworkAnswer.isAccepted(accept));
    }

    /**
     * The format of the query's own answer.
     *
     * @throws AnswerFormat.UnknownFormatException for a format the query does not answer in
     * @throws org.springframework.http.InvalidMediaTypeException for an Accept header that does not parse
     */
    AnswerFormat answerFormat(NamedQuery query) {
        return AnswerFormat.choose(format, accept == null ? List.of() : MediaType.parseMediaTypes(accept),
                query.form().answersRows());
    }
}
