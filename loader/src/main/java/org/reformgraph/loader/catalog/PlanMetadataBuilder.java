package org.reformgraph.loader.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.emit.IriMinter;

/**
 * Metadata for a plan file that no catalog describes, from what the user says of it (the command line's
 * {@code --jurisdiction --level --within --year --title}). Its id comes from the file name.
 */
public final class PlanMetadataBuilder {
    private final String fileName;
    private String id;
    private String jurisdiction;
    private Level level;
    private String within;
    private Integer year;
    private String title;

    private PlanMetadataBuilder(String fileName) {
        this.fileName = fileName;
    }

    public static PlanMetadataBuilder forFile(String fileName) {
        return new PlanMetadataBuilder(fileName);
    }

    /** Overrides the id taken from the file name. */
    public PlanMetadataBuilder id(String id) {
        this.id = id;
        return this;
    }

    /** A name such as 武汉市, or a chain such as 济南市钢城区. */
    public PlanMetadataBuilder jurisdiction(String name) {
        this.jurisdiction = name;
        return this;
    }

    public PlanMetadataBuilder level(Level level) {
        this.level = level;
        return this;
    }

    public PlanMetadataBuilder within(String name) {
        this.within = name;
        return this;
    }

    public PlanMetadataBuilder year(Integer year) {
        this.year = year;
        return this;
    }

    public PlanMetadataBuilder title(String title) {
        this.title = title;
        return this;
    }

    /** @throws IllegalArgumentException naming what is missing or wrong */
    public PlanMetadata build() {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new IllegalArgumentException(fileName + " has no catalog entry: say where the plan applies with --jurisdiction (e.g. 武汉市, 济南市钢城区)");
        }
        String planId = id != null ? id : idFromFileName(fileName);
        if (!IriMinter.isPlanId(planId)) {
            throw new IllegalArgumentException("bad plan id '" + planId + "': expected lowercase ASCII letters and digits joined by hyphens");
        }
        if (year != null && (year < 1949 || year > 2200)) {
            throw new IllegalArgumentException("year " + year + " is not a plausible year of issue");
        }
        Jurisdiction where = JurisdictionNames.parse(jurisdiction, level, within);
        if (where.countsForCity() == null && (where.level() == Level.DISTRICT || where.level() == Level.TOWNSHIP)) {
            // cross-city questions count every district for its city
            throw new IllegalArgumentException(where.name() + " is a " + where.level().slug()
                    + ": say which city it is in with --within (e.g. --within 济南市) or a full name such as 济南市" + where.name());
        }
        return new PlanMetadata(planId, blankToNull(title), null, null, null, year, null, false, where, fileName, null);
    }

    /**
     * The file name without its extension, lowercased, with every run of other characters turned into one hyphen;
     * a name with no ASCII letter or digit (e.g. 武汉方案.txt) gets {@code plan-} and a hash of the name instead.
     */
    public static String idFromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (!IriMinter.isPlanId(id)) {
            return "plan-" + shortHash(fileName);
        }
        return id;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
