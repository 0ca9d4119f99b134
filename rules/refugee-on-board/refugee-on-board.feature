# language: nl
# Bron: seed 001_0cf6beb3e799dd7c.txt (Stichting Rumi).
@regels
Functionaliteit: Refugee on Board: integrale coaching naar werk in Den Haag
  Voor statushouders in Den Haag die nog geen betaald werk hebben: een jaar wekelijkse jobcoaching
  en twee verplichte trainingen, daarna zes maanden nazorg. Een vol cohort betekent de wachtlijst.

  Abstract Scenario: Refugee on Board in "<gemeente>" voor iemand die <werk> is: <status>
    Gegeven een nieuwkomer met:
      | gemeente        | <gemeente> |
      | leeftijd        | 27         |
      | taalniveau      | A2         |
      | arbeidssituatie | <werk>     |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "REFUGEE_ON_BOARD" "<status>"

    Voorbeelden:
      | gemeente      | werk                | status     |
      | Den Haag      | UNEMPLOYED          | aanbevolen |
      | den haag      | VOLUNTEERING        | aanbevolen |
      | 's-Gravenhage | UNEMPLOYED          | aanbevolen |
      | s Gravenhage  | UNEMPLOYED          | aanbevolen |
      | GM0518        | UNEMPLOYED          | aanbevolen |
      | Den Haag      | EMPLOYED            | past niet  |
      | Den Haag      | EMPLOYED_AS_TEACHER | past niet  |
      | Apeldoorn     | UNEMPLOYED          | past niet  |
      | Rotterdam     | UNEMPLOYED          | past niet  |

  Scenario: Buiten Den Haag past Refugee on Board niet, en het advies zegt waar het wel is
    Gegeven een nieuwkomer met:
      | gemeente        | Rotterdam  |
      | leeftijd        | 27         |
      | taalniveau      | A2         |
      | arbeidssituatie | UNEMPLOYED |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "REFUGEE_ON_BOARD" "past niet"
    En is de voorwaarde "AVAILABLE" van "REFUGEE_ON_BOARD" niet vervuld

  Scenario: Wie al betaald werk heeft, past niet
    Gegeven een nieuwkomer met:
      | gemeente        | Den Haag |
      | leeftijd        | 27       |
      | taalniveau      | B1       |
      | arbeidssituatie | EMPLOYED |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "REFUGEE_ON_BOARD" "past niet"
    En is de voorwaarde "NOT_EMPLOYED" van "REFUGEE_ON_BOARD" niet vervuld

  Scenario: Arbeidssituatie onbekend: nog niet te bepalen
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 27       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "REFUGEE_ON_BOARD" "nog niet te bepalen"
    En ontbreekt voor "REFUGEE_ON_BOARD" het gegeven "work.status"
    En is de voorwaarde "AVAILABLE" van "REFUGEE_ON_BOARD" vervuld

  Scenario: Bij Refugee on Board horen wekelijkse jobcoaching en twee trainingen
    Gegeven een nieuwkomer met:
      | gemeente        | Den Haag   |
      | leeftijd        | 27         |
      | taalniveau      | A2         |
      | arbeidssituatie | UNEMPLOYED |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "WEEKLY_JOBCOACHING" bij "REFUGEE_ON_BOARD"
    En duurt de verplichting "WEEKLY_JOBCOACHING" 12 maanden
    En geldt de verplichting "SOLLICITATIE_TRAINING" bij "REFUGEE_ON_BOARD"
    En geldt de verplichting "COMMUNICATIE_TRAINING" bij "REFUGEE_ON_BOARD"

  Scenario: Wie Refugee on Board al volgde, krijgt het niet opnieuw
    Gegeven een nieuwkomer met:
      | gemeente              | Den Haag         |
      | leeftijd              | 27               |
      | taalniveau            | B1               |
      | arbeidssituatie       | UNEMPLOYED       |
      | afgeronde programma's | REFUGEE_ON_BOARD |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "REFUGEE_ON_BOARD" "past niet"
    En is de voorwaarde "NOT_COMPLETED_BEFORE" van "REFUGEE_ON_BOARD" niet vervuld
    En geldt de verplichting "WEEKLY_JOBCOACHING" niet
