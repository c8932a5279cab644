package org.reformgraph.loader.catalog;

import java.time.LocalDate;
import org.reformgraph.loader.Jurisdiction;

/**
 * What is known of a plan apart from its text. Whatever the text and its source do not say stays null.
 *
 * @param id             the plan's identifier, lowercase ASCII ({@code [a-z0-9-]+}), minted into its IRIs
 * @param title          its title
 * @param documentNumber e.g. 穗府办函〔2023〕37号
 * @param issuer         the issuing body as written, e.g. 广州市人民政府办公厅
 * @param issued         the date of issue
 * @param year           the year of issue (known without a full date, or estimated; see {@code yearNote})
 * @param yearNote       how the year is known when not from a date
 * @param draft          a draft for public comment (征求意见稿)
 * @param jurisdiction   where the plan applies
 * @param sourceFile     the text file's name
 * @param sourceUrl      where the text was published, if known
 */
public record PlanMetadata(String id, String title, String documentNumber, String issuer, LocalDate issued,
                           Integer year, String yearNote, boolean draft, Jurisdiction jurisdiction, String sourceFile,
                           String sourceUrl) {
}
