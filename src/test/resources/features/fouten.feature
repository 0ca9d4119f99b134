# language: nl
# Bron: openapi.yaml. Foute invoer geeft nooit een 500 en nooit een stacktrace, maar een
# RFC 9457-probleembericht (application/problem+json) dat alle foute velden tegelijk noemt.
Functionaliteit: Foute invoer
  Abstract Scenario: <fout> geeft status <status> en noemt het veld <veld>
    Als de intakemedewerker als verzoek stuurt: <verzoek>
    Dan antwoordt de dienst met status <status>
    En is het antwoord een probleembericht
    En noemt het probleem het veld "<veld>"

    Voorbeelden:
      | fout                        | status | veld                        | verzoek |
      | kapotte JSON                | 400    |                             | {"municipality": "Den Haag", "age": 30, |
      | een JSON-lijst              | 400    |                             | [{"municipality": "Den Haag", "age": 30, "languageLevel": "A2"}] |
      | leeftijd als tekst          | 400    | /age                        | {"municipality": "Den Haag", "age": "dertig", "languageLevel": "A2"} |
      | onbekend taalniveau         | 400    | /languageLevel              | {"municipality": "Den Haag", "age": 30, "languageLevel": "Z9"} |
      | negatieve leeftijd          | 400    | /age                        | {"municipality": "Den Haag", "age": -1, "languageLevel": "A2"} |
      | leeftijd met decimalen      | 400    | /age                        | {"municipality": "Den Haag", "age": 30.5, "languageLevel": "A2"} |
      | meer dan 168 uur per week   | 400    | /work/hoursAvailablePerWeek | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "work": {"hoursAvailablePerWeek": 169}} |
      | gemeente ontbreekt          | 400    | /municipality               | {"age": 30, "languageLevel": "A2"} |
      | leeftijd ontbreekt          | 400    | /age                        | {"municipality": "Den Haag", "languageLevel": "A2"} |
      | taalniveau ontbreekt        | 400    | /languageLevel              | {"municipality": "Den Haag", "age": 30} |
      | lege gemeente               | 400    | /municipality               | {"municipality": "", "age": 30, "languageLevel": "A2"} |
      | onbekende kwetsbaarheid     | 400    | /vulnerabilities/0          | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "vulnerabilities": ["ARMOEDE"]} |
      | onbekend opleidingsniveau   | 400    | /education/level            | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "education": {"level": "PHD"}} |
      | kinderleeftijd als tekst    | 400    | /household/childrenAges/1   | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "household": {"childrenAges": [3, "vier"]}} |
      | ja/nee als tekst            | 400    | /benefits/jobApplicationObligation | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "benefits": {"jobApplicationObligation": "ja"}} |
      | referentie te lang          | 400    | /reference                  | {"reference": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "municipality": "Den Haag", "age": 30, "languageLevel": "A2"} |
      | een BSN als referentie      | 400    | /reference                  | {"reference": "123456782", "municipality": "Den Haag", "age": 30, "languageLevel": "A2"} |
      | een naam                    | 400    | /name                       | {"name": "Jan Jansen", "municipality": "Den Haag", "age": 30, "languageLevel": "A2"} |
      | een BSN-veld                | 400    | /bsn                        | {"bsn": "123456782", "municipality": "Den Haag", "age": 30, "languageLevel": "A2"} |
      | opleiding als tekst         | 400    | /education                  | {"municipality": "Den Haag", "age": 30, "languageLevel": "A2", "education": "master"} |

  Scenario: Alle foute velden staan in een antwoord
    Als de intakemedewerker als verzoek stuurt: {"age": -5, "languageLevel": "Z9", "work": {"hoursAvailablePerWeek": 500, "status": "RETIRED"}, "name": "X"}
    Dan antwoordt de dienst met status 400
    En is het antwoord een probleembericht
    En noemt het probleem 6 velden
    En noemt het probleem het veld "/municipality"
    En noemt het probleem het veld "/age"
    En noemt het probleem het veld "/languageLevel"
    En noemt het probleem het veld "/work/hoursAvailablePerWeek"
    En noemt het probleem het veld "/work/status"
    En noemt het probleem het veld "/name"

  Scenario: Een leeg verzoek
    Als de intakemedewerker een leeg verzoek stuurt
    Dan antwoordt de dienst met status 400
    En is het antwoord een probleembericht

  Scenario: Een verzoek groter dan 64 KiB
    Als de intakemedewerker een verzoek van 65 KiB stuurt
    Dan antwoordt de dienst met status 413
    En is het antwoord een probleembericht

  Scenario: Een verzoek dat geen JSON is
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker de nieuwkomer stuurt als "text/plain"
    Dan antwoordt de dienst met status 415
    En is het antwoord een probleembericht

  Abstract Scenario: <wat> opvragen geeft <status>
    Als de intakemedewerker "<adres>" opvraagt
    Dan antwoordt de dienst met status <status>
    En is het antwoord een probleembericht

    Voorbeelden:
      | wat                           | adres                                                   | status |
      | een onbekend advies           | /api/v1/assessments/0b5c2b3e-54c1-4a55-9f5b-3c1d1c1e0000 | 404    |
      | een advies met een fout id    | /api/v1/assessments/niet-een-id                         | 400    |
      | een adres met een slash erachter | /api/v1/pathways/                                    | 404    |
      | een onbekend adres            | /api/v1/personen                                        | 404    |
