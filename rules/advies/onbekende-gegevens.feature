# language: nl
# Bron: PATHWAYS.md, paragraaf 4 "When a fact is not known".
@regels
Functionaliteit: Wat het advies doet met gegevens die (nog) niet bekend zijn
  Gemeente, leeftijd en taalniveau zijn altijd verplicht. Alle andere gegevens mogen bij de eerste
  intake ontbreken. Een traject dat een onbekend gegeven nodig heeft is "nog niet te bepalen" en noemt
  wat er nog gevraagd moet worden; het is nooit stil "past niet". Maar een bekende voorwaarde die niet
  vervuld is, beslist op zichzelf.

  Scenario: Alleen de verplichte gegevens: elk traject krijgt een status, en wat nog ontbreekt
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | B2       |
    Als de intakemedewerker om advies vraagt
    Dan noemt het advies alle trajecten uit de catalogus
    En heeft elk traject een status, en elke voorwaarde een uitleg en een bron
    En is het traject "PERSPECTIEFGROEP" "past niet"
    En is het traject "BAANPARTICIPATIEGROEP" "nog niet te bepalen"
    En ontbreekt voor "BAANPARTICIPATIEGROEP" het gegeven "education.level"
    En is het traject "REFUGEE_ON_BOARD" "nog niet te bepalen"
    En ontbreekt voor "REFUGEE_ON_BOARD" het gegeven "work.status"
    En is het traject "VARIIS_EMPOWERMENT" "past niet"
    En is het traject "SAMEN_HIER_WELCOME_GROUP" "mogelijk"
    En is het traject "VIP" "mogelijk"
    En noemt de samenvatting "Nog niet te bepalen"

  Scenario: Een bekende niet vervulde voorwaarde beslist, ook als er ook iets onbekend is
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "BAANPARTICIPATIEGROEP" "past niet"
    En is de voorwaarde "LANGUAGE_LEVEL" van "BAANPARTICIPATIEGROEP" niet vervuld
    En is de voorwaarde "HIGHLY_EDUCATED" van "BAANPARTICIPATIEGROEP" nog onbekend
    En ontbreken voor "BAANPARTICIPATIEGROEP" geen gegevens

  Scenario: 0 en "nee" zijn antwoorden, geen onbekende gegevens
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn |
      | leeftijd              | 30        |
      | taalniveau            | B1        |
      | opleidingsniveau      | BACHELOR  |
      | vakgebied             | OTHER     |
      | leservaring           | 0         |
      | uren per week         | 0         |
      | afgeronde programma's | VARIIS    |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "BAANPARTICIPATIEGROEP" "past niet"
    En is de voorwaarde "TEACHING_BACKGROUND" van "BAANPARTICIPATIEGROEP" niet vervuld
    En is het traject "CARE_INTERNSHIP" "past niet"
    En is de voorwaarde "HOURS_AVAILABLE" van "CARE_INTERNSHIP" niet vervuld

  Scenario: Een onbekende gemeente is geen fout: lokale programma's zijn er niet, landelijke wel
    Gegeven een nieuwkomer met:
      | gemeente        | Nergenshuizen |
      | leeftijd        | 30            |
      | taalniveau      | A2            |
      | arbeidssituatie | UNEMPLOYED    |
    Als de intakemedewerker om advies vraagt
    Dan antwoordt de dienst met status 201
    En noemt het antwoord "municipality.known" als "false"
    En is het traject "REFUGEE_ON_BOARD" "past niet"
    En is de voorwaarde "AVAILABLE" van "REFUGEE_ON_BOARD" niet vervuld
    En is het traject "VARIIS_EMPOWERMENT" "past niet"
    En is het traject "CARE_INTERNSHIP" "past niet"
    En is het traject "VIP" "mogelijk"
    En noemt de samenvatting "staat niet in de programmatabel"

  Scenario: null is hetzelfde als weglaten
    Als de intakemedewerker dit verzoek stuurt:
      """
      {"municipality": "Den Haag", "age": 30, "languageLevel": "B1", "education": null,
       "work": {"status": null, "hoursAvailablePerWeek": 20}, "reference": null}
      """
    Dan antwoordt de dienst met status 201
    En is het traject "BAANPARTICIPATIEGROEP" "nog niet te bepalen"
    En is het traject "REFUGEE_ON_BOARD" "nog niet te bepalen"
