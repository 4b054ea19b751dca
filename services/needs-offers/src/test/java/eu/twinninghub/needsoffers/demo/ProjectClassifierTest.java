package eu.twinninghub.needsoffers.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.twinninghub.api.taxonomy.Taxonomy;
import eu.twinninghub.reference.ReferenceData;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProjectClassifierTest {

    /** Real projects from the strategies, with where a reader would put them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Будівництво протирадіаційного укриття в ліцеї|civil-protection-shelters",
            "Реконструкція системи водопостачання села|water-supply",
            "Встановлення сонячних електростанцій на дахах закладів освіти|energy-renewables",
            "Капітальний ремонт амбулаторії загальної практики сімейної медицини|health-primary-care",
            "Сприяння розвитку кооперативного руху в громаді|economy-sme",
            "Благоустрій населених пунктів громади|municipal-public-spaces",
            "Ремонт доріг комунальної власності|transport-roads-bridges",
            "Організація роздільного збору твердих побутових відходів|municipal-solid-waste"
    })
    void placesRealProjectsWhereAReaderWould(String project, String subsector) {
        assertEquals(subsector, ProjectClassifier.place(project).orElseThrow().subsector());
    }

    @Test
    void leavesOutWhatItDoesNotRecognise() {
        assertEquals(Optional.empty(), ProjectClassifier.place("Промоція потенціалу громади"));
    }

    @Test
    void placesMostProjectsAndOnlyInTheTaxonomy() {
        var projects = ReferenceData.projects();
        var placed = projects.stream().map(p -> ProjectClassifier.place(p.text())).flatMap(Optional::stream).toList();
        Taxonomy taxonomy = Taxonomy.standard();
        assertTrue(placed.stream().allMatch(p -> taxonomy.isSubsectorOf(p.subsector(), p.sector())));
        assertTrue(placed.size() >= projects.size() * 0.7,
                placed.size() + " of " + projects.size() + " placed; the demo would lose too many");
    }
}
