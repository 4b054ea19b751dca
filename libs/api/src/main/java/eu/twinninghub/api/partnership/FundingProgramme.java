package eu.twinninghub.api.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding programme a partnership draws on: its id in the platform's list, official name and own page. */
@Schema(name = "FundingProgramme")
public record FundingProgramme(@Schema(example = "interreg-next-pl-ua") String id, String name, String link) {
}
