package eu.twinninghub.needsoffers.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places a planned project of a hromada's strategy (a Ukrainian sentence) in the sector taxonomy by
 * the stems of the words it uses. The first rule that matches wins, so specific rules come before
 * general ones. A project no rule recognises is not placed: the demo leaves it out rather than guess.
 */
final class ProjectClassifier {

    record Placement(String sector, String subsector) {
    }

    private record Rule(Pattern pattern, Placement placement) {
    }

    private static final List<Rule> RULES = List.of(
            rule("укритт|бомбосховищ|захисн\\S* споруд", "civil-protection", "civil-protection-shelters"),
            rule("пожеж|рятувальн|пожежн", "civil-protection", "civil-protection-firefighting"),
            rule("розмінув|вибухонебезпечн", "civil-protection", "civil-protection-mine-action"),
            rule("каналізац|очисн\\S* споруд|водовідвед|стічн", "water-sanitation", "water-wastewater"),
            rule("зливов", "water-sanitation", "water-stormwater"),
            rule("водопостач|водогін|водогон|водопров|свердловин|питн\\S* вод", "water-sanitation", "water-supply"),
            rule("вуличн\\S* освітл|зовнішн\\S* освітл", "energy", "energy-street-lighting"),
            rule("сонячн|відновлюван|біомас|вітров|біогаз", "energy", "energy-renewables"),
            rule("котельн|теплопостач|теплов\\S* мереж", "energy", "energy-district-heating"),
            rule("енергоефектив|енергозбереж|утеплен|термомодерн", "energy", "energy-efficiency-public"),
            rule("реабілітац", "health", "health-rehabilitation"),
            rule("лікарн", "health", "health-hospitals"),
            rule("амбулатор|медичн|охорон\\S* здоров|фап|фельдшер", "health", "health-primary-care"),
            rule("ветеран", "social-protection", "social-veterans"),
            rule("впо|переселен|переміщен", "social-protection", "social-idp-integration"),
            rule("інклюзив|безбар|інвалідн|соціальн", "social-protection", "social-accessibility"),
            rule("житл", "housing", "housing-repair"),
            rule("професійн\\S* освіт|профтех", "education", "education-vocational"),
            rule("школ|шкіл|ліце|гімназ|освіт|дошкільн|дитяч\\S* садк", "education", "education-schools"),
            rule("бібліот", "culture-tourism", "culture-libraries"),
            rule("туризм|туристичн", "culture-tourism", "culture-tourism-recovery"),
            rule("культур|музе|спадщин|фестивал", "culture-tourism", "culture-heritage"),
            rule("автобус|громадськ\\S* транспорт|перевезен", "transport", "transport-public"),
            rule("велосипед|велодоріж|пішохідн", "transport", "transport-active-mobility"),
            rule("дорог|доріг|тротуар|мост", "transport", "transport-roads-bridges"),
            rule("відход|сміт|твп|полігон", "municipal-services", "municipal-solid-waste"),
            rule("благоустр|парк|сквер|озелен|спорт|відпочин|дитяч\\S* майданч", "municipal-services",
                    "municipal-public-spaces"),
            rule("комунальн", "municipal-services", "municipal-utilities-management"),
            rule("кібер", "digital", "digital-cybersecurity"),
            rule("інтернет|широкосмуг|зв.язк", "digital", "digital-connectivity"),
            rule("цнап|електронн|цифров|адміністративн\\S* послуг", "digital", "digital-e-government"),
            rule("фермер|сільськ\\S* господар|агро|тваринн|садівн|зрошен", "agriculture", "agriculture-farming"),
            rule("кооператив|підприєм|бізнес|мсп", "economy", "economy-sme"),
            rule("інвестиц|індустріальн", "economy", "economy-investment"),
            rule("інновац|стартап", "economy", "economy-innovation"),
            rule("клімат", "environment", "environment-climate-adaptation"),
            rule("еколог|довкілл|забрудн|природоохорон", "environment", "environment-pollution"),
            rule("закупів", "governance", "governance-procurement"),
            rule("прозор|відкрит\\S* дан|антикоруп", "governance", "governance-transparency"),
            rule("бюджет|фінанс", "governance", "governance-municipal-finance"),
            rule("молод|громадськ\\S* участ|залучен\\S* громад", "governance", "governance-participation"),
            rule("європ|міжнародн", "governance", "governance-eu-integration"),
            rule("стратегі|планув|містобудівн|просторов", "governance", "governance-strategic-planning"));

    private ProjectClassifier() {
    }

    static Optional<Placement> place(String project) {
        String text = project.toLowerCase(Locale.forLanguageTag("uk")).replace('’', '\'');
        return RULES.stream().filter(rule -> rule.pattern().matcher(text).find()).map(Rule::placement).findFirst();
    }

    private static Rule rule(String stems, String sector, String subsector) {
        return new Rule(Pattern.compile("(?<![\\p{L}])(" + stems + ")"), new Placement(sector, subsector));
    }
}
