package org.reformgraph.api.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Chooses a {@link Representation} from an Accept header by quality, then by the order of the ranges' specificity.
 * No header (a plain {@code curl}) gets Turtle; {@code *}{@code /*} alone gets Turtle too, since a client that names no
 * type is a program rather than a browser (browsers name {@code text/html}). A header naming nothing we have gets
 * nothing: the caller answers 406.
 */
public final class AcceptNegotiation {
    /** Common synonyms clients send for the forms we have. */
    private static final Map<String, Representation> ALIASES = Map.of(
            "application/x-turtle", Representation.TURTLE,
            "application/json", Representation.JSON_LD,
            "application/xml", Representation.RDF_XML,
            "text/xml", Representation.RDF_XML,
            "text/plain", Representation.N_TRIPLES,
            "application/xhtml+xml", Representation.HTML);

    private AcceptNegotiation() {
    }

    public static Optional<Representation> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Representation.TURTLE);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        Representation best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (MediaType range : ranges) {
            Representation match = match(range);
            double quality = range.getQualityValue();
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            boolean better = quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity);
            if (match != null && quality > 0 && better) {
                best = match;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Representation match(MediaType range) {
        if (range.isWildcardType()) {
            return Representation.TURTLE;
        }
        String name = range.getType() + "/" + range.getSubtype();
        for (Representation r : Representation.values()) {
            if (r.mediaType().equals(name)) {
                return r;
            }
        }
        if (range.isWildcardSubtype() && range.getType().equals("text")) {
            return Representation.TURTLE;
        }
        return ALIASES.get(name);
    }
}
