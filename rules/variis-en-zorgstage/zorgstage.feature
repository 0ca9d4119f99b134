# language: nl
# Bron: seed 002_e31e6122e3137ac9.txt, pilot "Blijven is meedoen" (Apeldoorn).
@regels
Functionaliteit: Zorgstage "Blijven is meedoen"
  Na het VARIIS-programma: 3 maanden stage bij een zorgorganisatie, 16 uur per week, op drie afdelingen.
  Taalniveau ten minste A2 (aanname). Aanbevolen bij een achtergrond in de zorg of de wens tot betaald werk.

  Abstract Scenario: Zorgstage voor <wie>: <status>
    Gegeven een nieuwkomer met:
      | gemeente              | <gemeente>   |
      | leeftijd              | 34           |
      | taalniveau            | <taal>       |
      | vakgebied             | <vakgebied>  |
      | uren per week         | <uren>       |
      | afgeronde programma's | <afgerond>   |
      | prioriteiten          | <prioriteit> |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "<status>"

    Voorbeelden:
      | wie                                  | gemeente  | taal | vakgebied  | uren | afgerond           | prioriteit     | status              |
      | een verzorgende met VARIIS           | Apeldoorn | A2   | HEALTHCARE | 20   | VARIIS             |                | aanbevolen          |
      | iemand die werk wil, met VARIIS      | Apeldoorn | B1   | OTHER      | 16   | VARIIS_EMPOWERMENT | PAID_WORK      | aanbevolen          |
      | iemand zonder voorkeur, met VARIIS   | Apeldoorn | B1   | OTHER      | 24   | variis             | SOCIAL_CONTACT | mogelijk            |
      | iemand die VARIIS nog niet deed      | Apeldoorn | B1   | HEALTHCARE | 20   | geen               |                | past niet           |
      | iemand met te weinig uren            | Apeldoorn | B1   | HEALTHCARE | 12   | VARIIS             |                | past niet           |
      | iemand op taalniveau A1              | Apeldoorn | A1   | HEALTHCARE | 20   | VARIIS             |                | past niet           |
      | iemand buiten Apeldoorn              | Utrecht   | B1   | HEALTHCARE | 20   | VARIIS             |                | past niet           |
      | iemand van wie de uren onbekend zijn | Apeldoorn | A2   | HEALTHCARE |      | VARIIS             |                | nog niet te bepalen |

  Scenario: Zonder VARIIS: "rond eerst VARIIS af"
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn |
      | leeftijd              | 34        |
      | taalniveau            | B1        |
      | uren per week         | 20        |
      | inburgeringsplicht    | ja        |
      | afgeronde programma's | geen      |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "past niet"
    En is de voorwaarde "VARIIS_COMPLETED" van "CARE_INTERNSHIP" niet vervuld
    En noemt de samenvatting "Ook mogelijk"

  Scenario: Te weinig uren beschikbaar
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn |
      | leeftijd              | 34        |
      | taalniveau            | B1        |
      | uren per week         | 8         |
      | afgeronde programma's | VARIIS    |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "past niet"
    En is de voorwaarde "HOURS_AVAILABLE" van "CARE_INTERNSHIP" niet vervuld

  Scenario: Onbekend of VARIIS is afgerond: nog niet te bepalen
    Gegeven een nieuwkomer met:
      | gemeente      | Apeldoorn |
      | leeftijd      | 34        |
      | taalniveau    | B1        |
      | uren per week | 20        |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "nog niet te bepalen"
    En ontbreekt voor "CARE_INTERNSHIP" het gegeven "inburgering.completedProgrammes"

  Scenario: Stage in de bijstand: ontheffing van de sollicitatieplicht aanvragen en toestemming voor informatie-uitwisseling
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn  |
      | leeftijd              | 34         |
      | taalniveau            | A2         |
      | vakgebied             | HEALTHCARE |
      | uren per week         | 20         |
      | uitkering             | BIJSTAND   |
      | sollicitatieplicht    | ja         |
      | afgeronde programma's | VARIIS     |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "aanbevolen"
    En geldt de verplichting "INTERNSHIP_HOURS" bij "CARE_INTERNSHIP"
    En vraagt de verplichting "INTERNSHIP_HOURS" 16 uur per week gedurende 3 maanden
    En geldt de verplichting "REQUEST_JOB_APPLICATION_EXEMPTION" bij "CARE_INTERNSHIP"
    En geldt de verplichting "INFORMATION_EXCHANGE_CONSENT" bij "CARE_INTERNSHIP"
    En geldt de verplichting "VAKTAAL_COURSE" bij "CARE_INTERNSHIP"
    En geldt de verplichting "JOB_APPLICATION_OBLIGATION" uit de wet "PARTICIPATIEWET"

  Scenario: Stage zonder bijstand: geen ontheffing nodig
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn  |
      | leeftijd              | 34         |
      | taalniveau            | A2         |
      | vakgebied             | HEALTHCARE |
      | uren per week         | 20         |
      | uitkering             | NONE       |
      | afgeronde programma's | VARIIS     |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INTERNSHIP_HOURS" bij "CARE_INTERNSHIP"
    En geldt de verplichting "REQUEST_JOB_APPLICATION_EXEMPTION" niet
    En geldt de verplichting "INFORMATION_EXCHANGE_CONSENT" niet

  Scenario: Wie de zorgstage al deed, krijgt haar niet opnieuw
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn               |
      | leeftijd              | 40                      |
      | taalniveau            | B1                      |
      | uren per week         | 24                      |
      | afgeronde programma's | VARIIS, CARE_INTERNSHIP |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "CARE_INTERNSHIP" "past niet"
    En is de voorwaarde "NOT_COMPLETED_BEFORE" van "CARE_INTERNSHIP" niet vervuld
