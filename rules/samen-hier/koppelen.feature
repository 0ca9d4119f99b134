# language: nl
@regels
Functionaliteit: Samen Hier koppelen: een nieuwkomer aan een welkomgroep
  De bron (seed 003) weegt vier criteria: kwetsbaarheid, afstand, prioriteiten en de weegschaal.
  Groepen die al gekoppeld zijn of te weinig plaats hebben, vallen af. Elke score, grens en zin staat
  in de koppel-tabellen van deze map. Postcodes: 7311 en 7321 liggen in Apeldoorn (bijna 2 km uit
  elkaar), 1011 in Amsterdam.

  Scenario: Een groep verder dan 5 km valt af op afstand
    Gegeven de welkomgroepen:
      | groep    | postcode | prioriteiten   |
      | Dichtbij | 7311     | SOCIAL_CONTACT |
      | Ver      | 1011     | SOCIAL_CONTACT |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | prioriteiten   |
      | 7321     | SOCIAL_CONTACT |
    Dan staan de groepen in de volgorde "Dichtbij"
    En valt groep "Ver" af op "DISTANCE"
    En zegt de uitleg bij groep "Dichtbij" over "DISTANCE": "binnen de 5 km die Samen Hier aanhoudt"
    En zegt de uitleg bij groep "Ver" over "DISTANCE": "verder dan de 5 km die Samen Hier aanhoudt"

  Scenario: Een groep zonder steun voor de kwetsbaarheid van de nieuwkomer valt af
    Gegeven de welkomgroepen:
      | groep        | postcode | ondersteuning         |
      | Met steun    | 7311     | TRAUMA, MENTAL_HEALTH |
      | Zonder steun | 7311     | LEARNING_DISADVANTAGE |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | kwetsbaarheden |
      | 7321     | TRAUMA         |
    Dan staan de groepen in de volgorde "Met steun"
    En valt groep "Zonder steun" af op "VULNERABILITY"
    En zegt de uitleg bij groep "Met steun" over "VULNERABILITY": "De groep heeft extra ondersteuning voor trauma's."
    En zegt de uitleg bij groep "Zonder steun" over "VULNERABILITY": "De groep heeft geen extra ondersteuning voor trauma's."

  Scenario: Bij verder gelijke groepen beslist de weegschaal
    Gegeven de welkomgroepen:
      | groep | postcode | prioriteiten   | weegschaal         |
      | Eerst | 7311     | SOCIAL_CONTACT | W1=A, W2=A, W3=A   |
      | Later | 7311     | SOCIAL_CONTACT | W1=B, W2=B, W3=B   |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | prioriteiten   | weegschaal       |
      | 7321     | SOCIAL_CONTACT | W1=B, W2=B, W3=A |
    Dan staan de groepen in de volgorde "Later, Eerst"
    En zegt de uitleg bij groep "Later" over "WEEGSCHAAL": "Over verjaardagen en het persoonlijke leven kiezen groep en nieuwkomer dezelfde kant."
    En zegt de uitleg bij groep "Eerst" over "WEEGSCHAAL": "Over praktische of gezellige dingen samen doen kiezen groep en nieuwkomer dezelfde kant."

  Scenario: Een groep die dezelfde prioriteit heeft, komt eerst
    Gegeven de welkomgroepen:
      | groep   | postcode | prioriteiten |
      | Netwerk | 7311     | NETWORK      |
      | Contact | 7311     | SOCIAL_CONTACT |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | prioriteiten   |
      | 7321     | SOCIAL_CONTACT |
    Dan staan de groepen in de volgorde "Contact, Netwerk"
    En zegt de uitleg bij groep "Contact" over "PRIORITIES": "Groep en nieuwkomer vinden allebei vriendschappelijk contact belangrijk."
    En zegt de uitleg bij groep "Netwerk" over "PRIORITIES": "de groep heeft dat niet als prioriteit"

  Scenario: Een groep die al gekoppeld is of te weinig plaats heeft, valt af
    Gegeven de welkomgroepen:
      | groep     | postcode | plaats | gekoppeld |
      | Vol       | 7311     | 2      | nee       |
      | Gekoppeld | 7311     | 5      | ja        |
      | Ruim      | 7311     | 5      | nee       |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | huishouden |
      | 7321     | 4          |
    Dan staan de groepen in de volgorde "Ruim"
    En valt groep "Vol" af op "CAPACITY"
    En valt groep "Gekoppeld" af op "CAPACITY"
    En zegt de uitleg bij groep "Vol" over "CAPACITY": "De groep kan 2 ontvangen en het huishouden telt 4: te weinig plaats."
    En zegt de uitleg bij groep "Ruim" over "CAPACITY": "het huishouden telt 4 en de groep kan er 5 ontvangen"

  Scenario: Wat niet bekend is, zegt de uitleg als vraag
    Gegeven de welkomgroepen:
      | groep | postcode |
      | Groep | 7311     |
    Als de nieuwkomer gekoppeld wordt:
      | huishouden |
      | 1          |
    Dan staan de groepen in de volgorde "Groep"
    En zegt de uitleg bij groep "Groep" over "DISTANCE": "De afstand is niet bekend: vraag naar de postcode (4 cijfers) van de buurt."
    En zegt de uitleg bij groep "Groep" over "PRIORITIES": "De prioriteiten van de nieuwkomer zijn niet bekend"
    En zegt de uitleg bij groep "Groep" over "VULNERABILITY": "De nieuwkomer heeft geen kwetsbaarheid"
    En zegt de uitleg bij groep "Groep" over "WEEGSCHAAL": "niet door allebei beantwoord"

  Scenario: Steun voor elke kwetsbaarheid telt, een ontbrekende sluit uit
    Gegeven de welkomgroepen:
      | groep      | postcode | ondersteuning                                          |
      | Alle steun | 7311     | LEARNING_DISADVANTAGE, PHYSICAL_DISABILITY, MENTAL_HEALTH |
      | Geen steun | 7311     |                                                        |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | kwetsbaarheden                                         |
      | 7321     | LEARNING_DISADVANTAGE, PHYSICAL_DISABILITY, MENTAL_HEALTH |
    Dan staan de groepen in de volgorde "Alle steun"
    En valt groep "Geen steun" af op "VULNERABILITY"
    En zegt de uitleg bij groep "Alle steun" over "VULNERABILITY": "De groep heeft extra ondersteuning voor een leerachterstand. De groep heeft extra ondersteuning voor mentale kwetsbaarheid. De groep heeft extra ondersteuning voor een lichamelijke handicap."
    En zegt de uitleg bij groep "Geen steun" over "VULNERABILITY": "De groep heeft geen extra ondersteuning voor een leerachterstand."

  Scenario: Elke gedeelde prioriteit telt
    Gegeven de welkomgroepen:
      | groep       | postcode | prioriteiten                  |
      | Deelt niets | 7311     | SOCIAL_CONTACT                |
      | Deelt alles | 7311     | NETWORK, PAID_WORK, EDUCATION |
    Als de nieuwkomer gekoppeld wordt:
      | postcode | prioriteiten                  |
      | 7321     | NETWORK, PAID_WORK, EDUCATION |
    Dan staan de groepen in de volgorde "Deelt alles, Deelt niets"
    En zegt de uitleg bij groep "Deelt alles" over "PRIORITIES": "Groep en nieuwkomer vinden allebei een opleiding belangrijk."
    En zegt de uitleg bij groep "Deelt niets" over "PRIORITIES": "De nieuwkomer vindt betaald werk belangrijk; de groep heeft dat niet als prioriteit."
