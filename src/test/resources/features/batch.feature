# language: nl
# Bron: issue 4. Gemeentelijke systemen sturen veel intakes tegelijk; een foute regel laat alleen die
# regel mislukken, niet de hele batch.
Functionaliteit: Batch: veel intakes tegelijk

  Scenario: Een batch met een foute en een kapotte regel
    Als het zaaksysteem deze batch stuurt als "application/x-ndjson":
      """
      {"reference": "B-1", "municipality": "Den Haag", "age": 30, "languageLevel": "A2", "work": {"status": "UNEMPLOYED"}}
      {"reference": "B-2", "municipality": "Den Haag", "age": -4, "languageLevel": "Z9"}
      {"reference": "B-3", "municipality": "Apeldoorn", "age": 41, "languageLevel": "B1"}
      {"reference": "B-4", "municipality": "Utrecht", "age": 
      {"reference": "B-5", "municipality": "Utrecht", "age": 52, "languageLevel": "C1"}
      """
    Dan antwoordt de dienst met status 202
    Als de batch klaar is
    Dan zijn 5 regels verwerkt: 3 geadviseerd en 2 mislukt
    En is regel 2 mislukt op het veld "/age"
    En is regel 2 mislukt op het veld "/languageLevel"
    En is regel 4 mislukt als kapotte JSON
    En is het advies van regel 1 terug te lezen

  Scenario: Een batch als JSON-lijst
    Als het zaaksysteem deze batch stuurt als "application/json":
      """
      [{"municipality": "Den Haag", "age": 30, "languageLevel": "A2"},
       {"municipality": "Apeldoorn", "age": 31, "languageLevel": "B1", "name": "niet toegestaan"}]
      """
    Dan antwoordt de dienst met status 202
    Als de batch klaar is
    Dan zijn 2 regels verwerkt: 1 geadviseerd en 1 mislukt
    En is regel 2 mislukt op het veld "/name"

  Scenario: Een batch van 1000 intakes met 7 foute regels eindigt met precies de goede aantallen
    Als het zaaksysteem een batch van 1000 intakes stuurt waarvan 7 fout
    Dan antwoordt de dienst met status 202
    Als de batch klaar is
    Dan zijn 1000 regels verwerkt: 993 geadviseerd en 7 mislukt

  Abstract Scenario: Een batch die niet kan: <wat>
    Als het zaaksysteem deze batch stuurt als "application/json":
      """
      <batch>
      """
    Dan antwoordt de dienst met status 400
    En is het antwoord een probleembericht

    Voorbeelden:
      | wat             | batch                     |
      | een lege lijst  | []                        |
      | kapotte JSON    | [{"municipality": "Den    |
