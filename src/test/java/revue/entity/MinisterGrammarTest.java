package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The discovery grammar (issue 20) on sentences written here with invented names: each sentence and
 * the ministers read from it, in order ("-" for none).
 */
class MinisterGrammarTest {

  private static final EntityExtractor EXTRACTOR = EntityExtractor.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // cabinet secretaries, Premier, plural titles, portfolios after connectors
        "Treasury Secretary Walter Quimby said the dollar was too high.; Walter Quimby",
        "\"Le gouvernement est solidaire\", a confirmé samedi sur Franceinfo Olivier Dartois, secrétaire d'État.; Olivier Dartois",
        "Former Energy Secretary Hal Brennick told reporters oil was cheap.; Hal Brennick",
        "Secretary Orrin Tazewell met the press.; Orrin Tazewell",
        "The Secretary General Ana Poltz spoke.; -",
        "Premier Wu Zhenlan arrived in Beijing on Monday.; Wu Zhenlan",
        "Le Premier ministre a parlé.; -",
        "Il a appelé Sean Dunleavy, le nouveau Taoiseach, mardi.; Sean Dunleavy",
        "Minister of State for Planning Idris Bala Umaru said the plan was ready.; Idris Bala Umaru",
        "Chancellor of the Exchequer Rupert Vane will present the budget.; Rupert Vane",
        "le ministre du Pétrole et des ressources minières Karim Zaoui a annoncé la hausse.; Karim Zaoui",
        "le ministre des Affaires étrangères reçoit Paul Demarne à Paris.; -",
        "Les secrétaires d'État à la Jeunesse, Lucie Moreau et Anne Dubreuil, ont signé.; Lucie Moreau|Anne Dubreuil",
        "Les ministres concernés, dont Marc Léandri (Intérieur) et Julie Ferrand (Santé), sont venus.; Marc Léandri|Julie Ferrand",
        "En 1990, Paul Gravier était président et Jean Lassalle-Dupuy Premier ministre.; Jean Lassalle-Dupuy",
        "Elle a été soutenue par Claire Vautrin, la ministre concernée, lundi.; Claire Vautrin",
        "Le secrétaire d'État chargé du Numérique Jean-Marc Le Bihan a parlé.; Jean-Marc Le Bihan",
        // counterparts of a minister, not of a head of state
        "Le ministre de l'Intérieur Marc Léandri a reçu son homologue nigérien Issa Garba.; Marc Léandri|Issa Garba",
        "Le président Paul Gravier a reçu son homologue Issa Garba.; -",
        "Foreign Minister Tomas Weller met his Danish counterpart Lars Holm on Monday.; Tomas Weller|Lars Holm",
        // precision: common words, known things and capitals are no names
        "La ministre de la Culture sur France Info a parlé.; -",
        "Selon Le Quotidien Lucie Morand, la ministre de la Santé, dort peu.; Lucie Morand",
        "D'après l'Hebdomadaire Paul Gravelin, le ministre du Travail, hésite.; Paul Gravelin",
        "According to the Courier Tomas Weller, the foreign minister, resigned.; Tomas Weller",
        "Face à la Ligue de Paul Gravelin, ministre de l'Intérieur, il recule.; Paul Gravelin",
        // audit6: a name written twice (a caption), a medium or a platform before a name, a
        // complement in 'du' after a full name, words glued by a lost break
        "La version de Karel Vosmik Karel Vosmik, ancien Premier ministre, diffère.; Karel Vosmik",
        "Le ministre de l'Intérieur Karel Vosmik Karel Vosmik a parlé.; Karel Vosmik",
        "\"Nous avançons\", a écrit sur Twitter Lucie Morvand, la secrétaire d'État au Numérique.; Lucie Morvand",
        "\"Nous avançons\", a déclaré sur France Inter Paulin Gravetier, secrétaire d'État au Numérique.; Paulin Gravetier",
        "Le ministre de l'Intérieur ira à Lyon, Marcel Dorlanne du Cantal et Anne Vicq dans les Alpes.; Marcel Dorlanne",
        "La ministre de la Santé Lucie Morvand du Loiret a parlé.; Lucie Morvand",
        "Il était temps, prévient DorlanneMarcel Dorlanne, secrétaire d'État à l'Intérieur.; -",
        "Il était temps, prévient PRUDENCEMarcel Dorlanne, secrétaire d'État à l'Intérieur.; -",
        // audit6: a party written as a capitalized word before a name
        "Le président des Républicains Paul Gravelin, ancien ministre du Travail, a parlé.; Paul Gravelin",
        "Dans une lettre au Premier ministre, le maire Les Républicains de Vervins réclame des tests.; -",
        "Parmi eux, le chef de file des députés MoDem Marc Gravelin, nommé ministre de l'Agriculture.; Marc Gravelin",
        "FORMER TREASURY SECRETARY BLASTS REAGAN; -",
        "Deputy Foreign Minister Tomas Weller arrived.; Tomas Weller",
        "Assistant Secretary of State Ron Kimble arrived.; -",
        // party words, acronyms, initials and hyphenated given names between title and name
        "Le sénateur et ancien ministre socialiste Paul Gravelin a voté.; Paul Gravelin",
        "Y figure l'ex-ministre PS à l'Ecologie Lucie Morand.; Lucie Morand",
        // a party's one-word name that is no acronym, read as an acronym is
        "La ministre MoDem Lucie Morand a présenté son plan mardi.; Lucie Morand",
        "La secrétaire d'État et conseillère MoDem de Pau, Lucie Morand, a réagi.; Lucie Morand",
        "Le ministre de la Santé J. Tarrow a parlé.; J. Tarrow",
        "le vice-ministre de la Santé Pak Sung-lip a confirmé le bilan.; Pak Sung-lip",
        "le ministre a-t-il reçu Paul Gravelin ?; -",
        // given names the corpora also write as common words; English portfolios before the title
        "Il a reconnu le ministre marocain de l'Education, Saïd Lamrani.; Saïd Lamrani",
        "Bill Kestrel, Canada's finance minister, said on Monday.; Bill Kestrel",
        "John Dorval, the Canadian Oil Minister, said.; John Dorval",
        "John Dorval, who met the finance minister, said.; -",
        "Hal Brennick, secretary for trade and industry, said.; Hal Brennick",
        "Hal Brennick, secretary of the union, said.; -",
        // a post a possessive holds is the person named before it in the sentence, not one that
        // a demonstrative brings in
        "Lucie Morand a démissionné de son poste de ministre des Sports.; Lucie Morand",
        "Selon Paul Garnier, Lucie Morand avait quitté ses fonctions de ministre des Armées.;"
            + " Lucie Morand",
        "Paul Garnier a parlé au sujet de celui qui a quitté son poste de ministre des Sports.; -",
        // a lower-case compound after a portfolio's noun is one word of it
        "la ministre de la parité hommes-femmes Lucie Morand a répondu.; Lucie Morand",
        "Reçue par Jean-Paul Garnier, la ministre de la parité hommes-femmes, Lucie Morand, a"
            + " répondu.; Lucie Morand",
        // an English portfolio's adjective before its noun, which does not agree in number
        "Alberta's minister of public works Hal Brennick said.; Hal Brennick",
        "The minister for external affairs Hal Brennick arrived.; Hal Brennick",
        "The minister of foreign trade Hal Brennick arrived.; Hal Brennick",
        "The minister of public works met Hal Brennick.; -",
        "Lord Brennick, a junior agriculture minister, told the House.; Lord Brennick",
        // the subject of the sentence before an unnamed title, not a name after a preposition
        "Avec Lucie Morand, Claire Vautrin est candidate. L'ancienne ministre a parlé.; Claire Vautrin",
        // or of the nearest sentence before that names someone; an organisation is no one
        "Pour ses études, Paul Gravelin a travaillé. Il était serveur. Le ministre de 34 ans a même chanté.; Paul Gravelin",
        "Avec Lucie Morand, Claire Vautrin est candidate. Ni l'une ni l'autre n'a signé. L'ancienne ministre a parlé.; Claire Vautrin",
        "Tehran Radio quoted Oil Minister Reza Kamali as saying it burned. The rigs burned all day. The minister told reporters.; Reza Kamali",
        "Paul Gravelin a travaillé. Il a chanté. Il a dansé. Il a joué. Le ministre a parlé.; -",
        // a title opening a clause after "que", unless a person says it
        "Paul Gravelin a démissionné. Le Figaro précise que le ministre des Sports partira lundi.; Paul Gravelin",
        "Paul Gravelin a critiqué la réforme. Il estime que le ministre des Sports a tort.; -",
        "Paul Gravelin a démissionné. Le Figaro ne cite que le ministre des Sports.; -",
        // the post given to someone named earlier; a name another role presents is no referent
        "Le journal épingle la ministre de la Culture Claire Vautrin. Son porte-parole Paul Gravelin a réagi. Le journal assure que la ministre de la Culture a menti.; Claire Vautrin",
        "Le président Marc Dubreuil a reçu Paul Gravelin. L'ancien ministre a parlé.; Paul Gravelin",
        // a feminine title does not refer back to a man, nor a masculine one to a woman
        "Paul Dubreuil aurait un poste pour Claire Morand. L'ancienne ministre de l'Environnement a dit oui.; Claire Morand",
        "Claire Morand a reçu Paul Dubreuil. L'ancien ministre de l'Environnement a dit oui.; Paul Dubreuil",
        // a courtesy title is no part of the name
        "Mme Aline Mercadier, ministre de la Culture, a dit.; Aline Mercadier",
        // names with an apostrophe or a lower-case half inside; a possessive ends a name
        "Planning Minister Taher Qab'an said the loans were concluded.; Taher Qab'an",
        "Prime Minister Zeid al-Rafa'i said the dinar was strong.; Zeid al-Rafa'i",
        "Deputy prime minister Kim Dong-je said Korea would act.; Kim Dong-je",
        "The talks follow Secretary of State Albert Jones' Moscow visit.; Albert Jones",
        "Finance Minister Hal Brennick's plan was ready.; Hal Brennick",
        // a family name the corpora also write as a common word, after a known given name
        "Energy Minister Marcel Vigne announced the package.; Marcel Vigne",
        "Energy Minister Pierre announced the package.; -",
        "le secrétaire d'État chargé du Numérique, Jean-Vincent Vigne, a dîné.; Jean-Vincent Vigne",
        "L'ex-ministre de Paul Gravier Jean-Vincent Vigne a proposé un dîner.; Jean-Vincent Vigne",
        // a company, an assistant's title
        "Comtech said it would sell its shares in Premier Widget Corp for seven mln dlrs.; -",
        "Assistant Defense Secretary Walter Quimby is to resign.; -",
        // a place or another person before the name, in one capitalized run
        "Le président des Hauts-de-Seine Patrick Vannier, ancien ministre, est mort.; Patrick Vannier",
        "l'ex-ministre LR de Paul Gravier Thierry Vannier a plaidé pour un rapprochement.; Thierry Vannier",
        "Elle a parlé avec la candidate à Paris Agnès Vautrin. L'ancienne ministre a dit non.; Agnès Vautrin",
        // a plural title with its portfolio, a colon, and a list of names; not a headline's topic
        "Il a nommé trois ministres de la Culture : Aline Mercadier, Fleur Vannier et Anne Morand.; Aline Mercadier|Fleur Vannier|Anne Morand",
        "Ministres sexistes : Claire Morand dévoile des noms; -",
        // a portfolio's lower-case noun and adjective, not a day
        "Il conseille la secrétaire d'État à la transition écologique Aline Mercadier.; Aline Mercadier",
        "Il a reçu le ministre de la santé publique Paul Vannier.; Paul Vannier",
        "Il a reçu le ministre de la Santé mardi Paul Vannier.; -",
        "Le ministre de l'Intérieur a reçu Paul Vannier mardi.; -",
        "Le ministre de l'Intérieur recevra Paul Vannier mardi.; -",
        "The Minister of Finance told John Dorval the plan was dead.; -",
        "Le ministre des Affaires étrangères Paul Vannier a parlé.; Paul Vannier",
        "Le ministre des Outre-mer Paul Vannier a parlé.; Paul Vannier",
        "a posté la secrétaire d'État à l'Égalité femmes-hommes Aline Mercadier, lundi.; Aline Mercadier",
        "Il est resté ministre de la Défense sous Paul Gravier.; -",
        "Le ministre de l'Intérieur a également été interpellé par le député Marc Dubreuil.; -",
        "Le séisme a frappé, a annoncé le ministre de la Défense civile Tomas Weller.; Tomas Weller",
        // the seat of the French head of government: an appointment, not a visit
        "Les sarkozystes regrettent d'avoir laissé Paul Gravier à Matignon.; Paul Gravier",
        "Le président a nommé Aline Mercadier à Matignon en juillet.; Aline Mercadier",
        "Nommer Aline Mercadier à Matignon aurait pu créer un électrochoc.; -",
        "Depuis l'arrivée de Paul Gravier à Matignon, rien n'a changé.; Paul Gravier",
        "Il veut succéder à Paul Gravier à Matignon.; Paul Gravier",
        "Le Premier ministre a reçu Paul Gravier à Matignon mardi.; -",
        // a title with the surname alone: the full name the text gives elsewhere
        "Finance Minister Weller said the budget was ready. Tomas Weller added that taxes would fall.; Tomas Weller",
        "Le ministre Bruno a parlé.; -",
        "Indonesian Energy Minister Sutarjo said OPEC would hold its price.; Sutarjo",
        "It is more than when (Prime Minister Kenzo) Tanabe was here.; -",
        "Le secrétaire d'État LaurentVannier a parlé.; -",
        "Prime Minister MacKellan said the vote would be held in May.; MacKellan",
        // two words a lost line break glued: no name ends in a title
        "Le ministre des Armées Aline MercadierMinistre du Travail a parlé.; -",
        "Le ministre de la Défense Paul McKellan a parlé.; Paul McKellan",
        // fifth pass (French and English): an adverb of time between a name's comma and its title
        "Il a reçu Paul Gravier, alors ministre de l'Économie, et son conseiller.; Paul Gravier",
        "Les élus citent une réception autour de Paul Gravier, encore ministre de l'Économie.; Paul Gravier",
        "Paul Gravier, actuellement ministre de l'Économie, a signé.; Paul Gravier",
        "Paul Gravier, aujourd'hui ministre de la Culture, a signé.; Paul Gravier",
        "John Dorval, now finance minister, said the budget was ready.; John Dorval",
        "Claire Vautrin, ancienne ministre sous Paul Gravier, aujourd'hui ministre de la Culture, a parlé.; -",
        "Il a cité Paul Gravier Le désormais Premier ministre a parlé.; -",
        // a bare title after a name's comma is that name's; a given name after "et" starts the next
        "Quant à l'absence d'Aline Mercadier, ministre de la Culture, Paul Vannier explique avoir été assis.; Aline Mercadier",
        "Il a reçu Paul Gravier, alors ministre de l'Intérieur, et son directeur de cabinet Marc Dubreuil.; Paul Gravier",
        "Selon Marc Dubreuil, le ministre de l'Intérieur Paul Gravier a menti.; Paul Gravier",
        "Le journal cite Paul Gravier, ministre de l'Intérieur et Jean-Yves Vannier, ministre de l'Europe.; Paul Gravier|Jean-Yves Vannier",
        // a title that speaks a quote is none of the people the quote names
        "Paul Vannier est arrivé. \"Paul Vannier nous a quittés\", a indiqué le ministre de l'Intérieur.; -",
        "Paul Vannier est arrivé. \"Le lieutenant Paul Vannier nous a quittés, a indiqué le ministre de l'Intérieur. Mort pour la patrie.\"; -",
        "Paul Vannier a parlé. \"Il est parti\", a indiqué le ministre de l'Intérieur.; Paul Vannier",
        // the secretary of a union, a party, a press office; a civil servant
        "Union Secretary Hal Brennick said talks had failed.; -",
        "Interior Permanent Secretary Hal Brennick said the drought was severe.; -",
        "Press Secretary Hal Brennick said the president slept.; -",
        "Foreign Secretary Hal Brennick said talks had failed.; Hal Brennick",
        // a Korean given name's first syllable that reads as a function word
        "Finance Minister Pak In-sung said the won was stable.; Pak In-sung",
        "Le ministre Paul Gravier In-the-box a parlé.; Paul Gravier",
        // appointments and elections as predicates; a participle inside a noun phrase is none
        "Le décret acte la nomination de Paul Vannier ministre des Relations avec le Parlement.; Paul Vannier",
        "Il a salué la nomination du ministre de l'Intérieur.; -",
        "Irlande : le dirigeant du parti Paul Vannier élu Premier ministre; Paul Vannier",
        "Paul Gravier a appelé Sean Dunleavy, le récemment élu Premier ministre irlandais.; -",
        // a predicate title whose subject is a pronoun: the person the sentence before names
        "Reste une piste : Aline Mercadier. Nommée en 2012 comme ministre des Sports, elle a accédé à l'Éducation.; Aline Mercadier",
        "Paul Vannier présente un profil calme. En tant que ministre de la Santé, elle pourrait rassurer.; -",
        // a title in brackets after its name
        "Paul Vannier (secrétaire d'État à l'Écologie), Marc Dubreuil (ministre de la Cohésion des territoires) et Aline Mercadier (ministre de l'Économie) ont parlé.; Paul Vannier|Marc Dubreuil|Aline Mercadier",
        "Il a cité Hal Brennick (l'ancien Premier ministre britannique) hier.; Hal Brennick",
        // the head of government a post was held under, then the holder after a comma
        "La ministre de l'Environnement de Paul Gravier, Aline Mercadier, l'accusait déjà.; Aline Mercadier",
        "Le ministre de l'Équipement, des Transports et du Logement de Paul Gravier, Marc Dubreuil, avait signé.; Marc Dubreuil",
        "Nommé garde des Sceaux en 1986 dans le gouvernement de Paul Gravier, M. Dubreuil y est le symbole d'une politique.; -",
        // a copula before the title's article: the sentence's subject holds the post
        "Paul Gravelin est le ministre de l'Agriculture le plus discret.; Paul Gravelin",
        "Selon le sondage, Claire Vautrin est désormais la ministre la plus appréciée.; Claire Vautrin",
        "Hal Brennick was the minister who signed the accord.; Hal Brennick",
        // "secrétaire" as a cabinet title, before its portfolio only
        "Walter Quimby, le secrétaire américain au Trésor, a parlé.; Walter Quimby",
        "Le secrétaire à la Défense Hal Brennick est arrivé.; Hal Brennick",
        "Le secrétaire général Hal Brennick est arrivé.; -",
        "Hal Brennick, secrétaire national du parti, est arrivé.; -",
        "Le secrétaire national aux Élections Hal Brennick est arrivé.; -",
        "Hal Brennick, secrétaire à la CGT, est arrivé.; -",
        "Hal Brennick a parlé. Le secrétaire à la Défense a démenti.; -",
        // a lower-case "premier" is a title after "state" or "provincial" only
        "NSW state premier Hal Brennick has said costs rose.; Hal Brennick",
        "The provincial premier Paul Gravelin met unions.; Paul Gravelin",
        "It was the premier Canadian event of the year.; -",
        // ... whose apposition after a name closes: else the title is its own clause's subject
        "En désaccord avec Hal Brennick, le secrétaire américain à la Défense s'est dit opposé à"
            + " l'idée de déployer des soldats.; -",
        "Il a dîné avec Hal Brennick, le secrétaire américain à la Défense, mardi.; Hal Brennick",
        // a hyphenated adjective after a title set after its name
        "\"Il faut partir\", notait Paul Gravelin, ancien ministre pro-européen. Il a voté.; Paul Gravelin",
        "Claire Vautrin, ministre anti-Brexit, a parlé.; Claire Vautrin",
        "Claire Vautrin, ministre anti-Brexit Lucie Morand a parlé.; -",
        "C'est le ministre de l'Agriculture qui a signé.; -",
        "Le plus discret est le ministre de l'Agriculture.; -",
        "Avant Claire Vautrin, c'est la ministre de la Culture qui a parlé.; -",
        "Il a travaillé pour Paul Gravier, dont il fut le Premier ministre.; -",
        "Paul Gravelin n'est pas le ministre de l'Agriculture.; -",
        // an auxiliary verb ends a title: the name after it is the verb's object
        "Sur le plateau, l'ancienne ministre a de nouveau attaqué Paul Gravelin.; -",
        // a definite title that runs into its verb before any comma is that verb's subject, not
        // the apposition of a name inside the clause before it
        "Se voulant l'opposé de Paul Gravelin, le ministre de l'Économie a proposé un plan.; -",
        "Après la mort de Marc Dubois, le ministre américain de la Justice avait promis une enquête.; -",
        "Paul Gravelin, le ministre de la Santé a fait un point.; Paul Gravelin",
        "Après l'affaire Paul Gravelin - le ministre du Budget qui a menti - le parti a chuté.; Paul Gravelin",
        "Le ministre de l'Intérieur est de nouveau visé par Paul Gravelin.; -",
        "The minister has since named Hal Brennick as his deputy.; -",
        "La ministre à la transition écologique Lucie Morand a parlé.; Lucie Morand",
        // a name another role presents (after "au" or "du", a party between) is no title's person;
        // an indefinite noun phrase after "et" ends a portfolio
        "Le ministre de l'Économie a présenté sa démission au président Marc Dubois ce mardi. Le"
            + " ministre a ensuite parlé.; -",
        "Le livre raconte la relation entre le Premier ministre de l'époque et une journaliste du"
            + " Figaro, Lucie Morand.; -",
        "La secrétaire d'État chargée de l'Égalité entre les femmes et les hommes, Lucie Morand, a"
            + " parlé.; Lucie Morand",
        "Le 8 octobre, un sondage pour Radio Bleue plaçait une fois encore Paul Garnier en tête. Le"
            + " ministre a dit merci.; Paul Garnier",
        // a spaced dash opens an apposition, as a comma does, and closes a clause
        "Après l'affaire Marc Dubois - le ministre du Budget qui a menti - le conseiller part.; Marc"
            + " Dubois",
        // a title coordinated with other offices in a name's apposition
        "Le boycott a été annoncé par Paul Garnier, sénateur LREM et ancien ministre de la Défense"
            + " du gouvernement Lebrun.; Paul Garnier",
        "Il y a Paul Garnier, producteur, écrivain et ancien ministre de la Culture, qui a offert un"
            + " livre.; Paul Garnier",
        "Il a vu Paul Garnier, puis Marc Dubois et ancien ministre de la Culture.; -",
        // a present participle after a comma takes the title as its object, no inverted subject
        "Marc Dubois est venu. Paul Garnier a souri, filmant le ministre à table.; -",
        "Marc Dubois est venu. Paul Garnier a souri, a ajouté le ministre à table.; Marc Dubois",
        // "M." glued to a second initial is an initial, not a courtesy title
        "Bangladesh Commerce Minister M.A. Hossain told officials.; M.A. Hossain",
        "Le ministre, M. A. Dupont, a parlé.; A. Dupont",
        // a title opening its sentence without a determiner is the apposition of the subject,
        // whose name may come after more words of the apposition
        "Il est arrivé lundi. Ministre de la Santé depuis mai, Paul Garnier parle.; Paul Garnier",
        "Ancien secrétaire d'État aux Sports, aujourd'hui consultant dans une banque, Paul Garnier"
            + " ne regrette rien.; Paul Garnier",
        "Ministre de la Santé depuis mai, elle a dit que Paul Garnier mentait.; -",
        "Ministre de la Santé pendant deux ans, la présidente Lucie Morand a parlé.; -",
      })
  void readsMinistersFromTheSentence(String sentence, String expected) {
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split("\\|"));
    assertEquals(want, EXTRACTOR.ministers(sentence));
  }

  /**
   * A headline, a line break written as backslash-n, then the text: a lead title refers to the
   * headline's one person.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Vive inquiétude chez les amis de Paul Vannier\\nLes militants avaient invité le ministre de l'Écologie, mais il a décliné. Paul Vannier reste discret.; Paul Vannier",
        "Face à face entre Claire Morand et Aline Mercadier\\nLa présidente du parti a attaqué la ministre. Aline Mercadier a répondu. Claire Morand a souri.; -",
        "Salaires : la réforme annoncée par Paul Vannier\\nLe syndicat a écrit à la ministre du Travail.; -",
        "Le chef se réjouit du soutien de Paul Vannier\\nÉpinglé par l'Urssaf, le chef Marc Dubreuil peut compter sur le soutien du ministre des Comptes publics.; Paul Vannier",
        "Il faut protéger les soignants, s'insurge Paul Vannier\\n\"Je demande au ministre de la Santé de protéger les soignants\", a appelé le maire Paul Vannier.; -",
        // a former title anywhere in the body, not its sentence's subject: the headline's person
        // of its gender, not a person named in between
        "Paul Vannier a encore dit oui !\\nIl a épousé Lucie en mai. Lucie travaille. Le mariage est une nouvelle étape pour l'ancien ministre des Sports.; Paul Vannier",
        "Claire Morand en veut à Paul Vannier\\nLe candidat a perdu. Marc Dubreuil a dénoncé l'imposture de l'ancienne ministre.; Claire Morand",
        "Claire Morand en veut à Paul Vannier\\nLe candidat a perdu. Marc Dubreuil a dénoncé l'imposture de l'ancien ministre.; Paul Vannier",
        "Face à face entre Paul Vannier et Marc Dubreuil\\nLe débat a porté sur l'héritage de l'ancien ministre.; -",
        "Salaires : la réforme annoncée par Paul Vannier\\nLe syndicat dénonce la réforme. Il a écrit au ministre du Travail.; -",
        "Le chef Paul Vannier\\nLe chef a cuisiné. \"Je remercie l'ancien ministre\", a dit Paul Vannier.; -",
        // not when another person of the title's gender was named since the headline's person
        "Paul Vannier n'ira pas voter\\nIl ne choisira pas entre Marc Dubreuil et Jean Lassalle. Le parti a appelé l'ancien Premier ministre à la sobriété.; -",
        "Paul Vannier n'ira pas voter\\nIl ne choisira pas entre Lucie Morand et Claire Vautrin. Le parti a appelé l'ancien Premier ministre à la sobriété.; Paul Vannier",
        // nor when a name follows the title (here one the title's adjective hides from the reader)
        "Le plan est rejeté, assure Paul Vannier\\nLa défiance va croître, a prévenu sur France Inter l'ex-ministre sarkozyste Lucie Morand.; -",
        // a name a role and a party present is no apposition of the definite title after it
        "Lucie Morand provoque un incident\\nCritiquée par le député LR Marc Dubois, la ministre de l'Éducation a répondu. Lucie Morand a ajouté un mot.; Lucie Morand",
        "Reprise en vue selon une étude\\nPaul Garnier, le ministre de la Santé, a parlé.; Paul Garnier",
        "La réaction de Lucie Morand\\nUne équipe était avec Lucie Morand lors de son dernier jour au ministère. Elle a suivi la nomination du gouvernement. Apprenant le nom de son successeur - Marc Dubois - la ministre sortante a eu une réaction.; Lucie Morand",
        // a bare definite title whose referent no title presents: the one minister named before,
        // unless the referent is the headline's person; a head of government is not "le ministre"
        "Une soirée\\nLe secrétaire d'État chargé du Numérique, Paul Garnier, dînait. Un ami, Marc Dubois, a souri. Marc Dubois a filmé la scène. Le ministre a ri.; Paul Garnier",
        "Les confidences de Paul Garnier\\nIl a parlé avec le ministre des Comptes publics Marc Dubois. Paul Garnier a ri. \"Oui\", avance le ministre.; Paul Garnier|Marc Dubois",
        "Une soirée\\nLe Premier ministre Paul Garnier dînait. Marc Dubois a filmé la scène. Le ministre a ri.; Paul Garnier|Marc Dubois",
        // a masculine given name (Yann) is no person of a feminine title
        "Cyril Vannier et Lucie Morand en désaccord\\nLa ministre a répondu sèchement.; Lucie Morand",
        "Laeticia Morand et Paul Vannier en désaccord\\nLe ministre a répondu sèchement.; Paul Vannier",
        "Le ton monte entre Lucie Morand et Yann Dubreuil\\nL'émission avait invité l'ancienne garde des Sceaux pour son livre.; Lucie Morand",
        // a newswire line that ends in a closing bracket wraps: the short line before it too
        "COCOA TALKS\\nIvorian Agriculture Minister Hal Bra\\nKanon, chairman of the International Cocoa Organization (ICCO)\\ncouncil, will not be able to open the session here.; Hal Bra Kanon",
        "Lucie Morand veut un plan\\nLe thème a été repris par la candidate de la majorité aux municipales Lucie Morand. \"Il faut aider\", a déclaré l'ancienne ministre à la radio.; Lucie Morand",
        // a definite title that runs into its verb is its subject, not an apposition
        "Paul Vannier lance sa campagne\\nSe voulant l'opposé de Marc Dubois, l'ancien ministre de l'Économie a proposé un plan.; Paul Vannier",
        // a bare definite title (no portfolio) anywhere in the body, not its sentence's subject:
        // the headline's one person of its gender whose given name is known
        "Pokémon Go : Lucie Morand s'attire les foudres des internautes\\nUne photo circule. Les internautes s'en sont pris à la ministre, la jugeant naïve.; Lucie Morand",
        "Lucie Morand et Marc Dubois au cinéma\\nLe film était long. Les spectateurs ont applaudi le ministre.; Marc Dubois",
        "Marc Dubois sur le plateau de Lucie Morand\\nL'émission était longue. Les spectateurs ont applaudi la secrétaire d'État.; Lucie Morand",
        "Lucie Morand renonce à la télévision\\nElle ne sera pas chroniqueuse. Une décision que regrette la secrétaire d'État à l'égalité.; -",
        "Lucie Morand renonce à la télévision\\nElle ne sera pas chroniqueuse. La presse a interrogé le garde des Sceaux.; -",
        // a title "de l'époque" or "d'alors" is a past incumbent's, a head of government's too
        "Le couple Vannier dans un livre\\nLe livre raconte la relation entre le Premier ministre de l'époque et une journaliste. Paul Vannier aurait ensuite beaucoup voyagé.; Paul Vannier",
        "Le plan de Paul Vannier\\nPaul Vannier a signé ce plan en 1995. Le Premier ministre d'alors voulait réduire la dette.; Paul Vannier",
        "Le plan de Paul Vannier\\nPaul Vannier a signé ce plan en 1995. Le Premier ministre voulait réduire la dette.; -",
        "Une séance à l'Assemblée\\nLe député Paul Vannier a parlé. \"Le Premier ministre de l'époque ?\", a-t-il demandé.; -",
        // a title inverted after a quote and a verb of saying in the reported conditional
        "Lucie Morand ironise sur le départ de Marc Dubois\\nMarc Dubois a quitté la mairie. Dimanche, le journal révèle que Lucie Morand, opposante au maire, s'est réjouie. \"C'est un tract !\", aurait déclaré l'ex-ministre.; Lucie Morand",
        // an adverb between the verb of saying and the inverted title, the verb right after a
        // quote (closed, or still open before a comma); not after a bracket and a conjunction
        "Lucie Morand candidate à Lyon ?\\nLucie Morand répondait aux questions de Claire Vautrin sur RTL. \"Êtes-vous candidate ?\", demande la journaliste. \"Je suis dans le combat\", répond alors l'ancienne ministre de la Justice de Marc Dubois. Lucie Morand finit par lâcher un oui.; Lucie Morand",
        "Lucie Morand se retire\\nElle ne fera pas le tour de la salle. En retrait mais présente « Je continuerai à travailler, explique cependant l'ex-ministre du Travail. Je serai suppléée par mes adjoints. » La maire de Lille part.; Lucie Morand",
        "Lucie Morand répond\\nLe député Marc Dubois a interpellé Lucie Morand sur le sujet. \"Les droits sont les mêmes\", écrit encore la secrétaire d'État à l'Égalité.; Lucie Morand",
        "Le choix de Paul Vannier\\nIl vise non seulement Marc Dubois (...) mais aussi le ministre adjoint de la Justice.; -",
        // a former title whose sentences back name only a complement, not named again since: the
        // headline's one person of its gender; a complement of the sentence before, or named
        // again, is still the referent
        "Paul Vannier chahuté à Albi\\nDes syndicalistes ont interpellé Paul Vannier à son arrivée. Ils scandaient des slogans contre la loi du gouvernement de Marc Dubois. Le candidat a discuté avec eux. \"On peut ne pas être d'accord\", a plaisanté l'ancien ministre de l'Economie.; Paul Vannier",
        "Le loupé des équipes de Paul Vannier\\nLe message montre une photo de Marc Dubois, député du Gers. Sauf que le Marc Dubois de la photo est un autre. L'ancien ministre a nié.; Marc Dubois",
        "Le loupé des équipes de Paul Vannier\\nLe message montre une photo de Marc Dubois, député du Gers. L'ancien ministre a nié.; Marc Dubois",
        // a role noun coordinated before the title under its determiner
        "Une année chargée\\nInconnu il y a trois ans, Paul Vannier est devenu président. Surtout, l'ancien conseiller puis ministre de Marc Dubois s'est fait élire sans parti.; Paul Vannier",
        "Mort de Paul Vannier\\nPaul Vannier est mort à 80 ans. L'ancien sénateur et ministre du Budget était malade.; Paul Vannier",
        // a participle and its agent after the title's comma: the names after are the agent's
        "La dette\\nMarc Dubois a parlé. \"Non\", dit l'ancien ministre des Sports, soutenu par le"
            + " député Paul Garnier.; Marc Dubois",
        "La dette\\nMarc Dubois a parlé. \"Non\", dit l'ancien ministre des Sports, appuyé par une"
            + " élue du parti, Lucie Morand.; Marc Dubois",
      })
  void readsLeadTitlesAgainstTheHeadline(String text, String expected) {
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split("\\|"));
    assertEquals(want, EXTRACTOR.ministers(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "قال وزير الخارجية يكذب المعهد إن; -",
        "وصل وزير المالية يؤدي زيارة إلى; -",
        "استقبل الملك عبد الله الثاني الوفد; -",
        "التقى وزير الخارجية سالم بوزيان ونظيره التونسي كمال الهادي في; سالم بوزيان|كمال الهادي",
        "التقى الرئيس سالم بوزيان ونظيره التونسي كمال الهادي في; -",
        // an assistant minister is none; a place that is no country is no name either
        "قالت مساعدة وزير الخارجية لشؤون أميركا اللاتينية سارة بولتون إن; -",
        "قال وزير الدولة لشؤون أميركا اللاتينية سالم بوزيان إن; سالم بوزيان",
        // the name first, then the title: after a comma, or after a word that opens a clause
        "قال سالم بوزيان، وزير المالية الليبي، إن; سالم بوزيان",
        "وأضاف إن سالم بوزيان وزير الطاقة الليبي قد; سالم بوزيان",
        "التقى الرئيس سالم بوزيان وزير الخارجية الليبي في; -",
        "قال وزير الخارجية يحيى الزواري إن; يحيى الزواري",
        // a stop word inside a name after a clitic (ل + حول), a name spelled with ي (والي)
        "قال وزير التجارة سالم لحول إن الأسعار; سالم لحول",
        "أعلنت سلمى والي وزيرة التضامن المصرية أن; سلمى والي",
        "قال إنه ذهب والى الوزير; -",
        // given names with the article, quoted names, construct titles
        "أكد وزير الداخلية المنصف بوزيان أن; المنصف بوزيان",
        "قال وزير التربية الوطنية إن; -",
        "وفد يترأسه الوزير \"الحبيب الزواري\" إلى; الحبيب الزواري",
        "أعلن نائب رئيس وزراء أستراليا بيتر كولنز، الجمعة إنه; بيتر كولنز",
        "أعلن وزير داخلية تتارستان، فلاديمير كوزلوف، اليوم أن; فلاديمير كوزلوف",
        // the name first: a chain of offices, a verb opening the sentence
        "برئاسة الأمير سالم بن فهد بن سعود ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية; سالم بن فهد بن سعود",
        "تفقد سالم الزواري نائب وزير الصحة، المستشفيات; سالم الزواري",
        // a foreign family name that reads as a clitic and the article (فالدن: Walden)
        "وقالت وزيرة الخارجية سارة فالدن إن بلادها قلقة; سارة فالدن",
        // a preposition glued to a given name the text knows: one person, not two
        "وقال وزير الداخلية جيرار مونتاي إن الوضع خطير. وقدم الرئيس شكره لجيرار مونتاي، وزير الداخلية.; جيرار مونتاي",
        // honorifics: abbreviated with their full stop, before a name set before its title, ranks
        "كشف وزير النقل، د. سامي بن فهد العتيبي، أن التشغيل; سامي بن فهد العتيبي",
        "وقال وزير المالية د. نايف الزواري عند إعلان الميزانية; نايف الزواري",
        "وقالت الدكتورة سلمى الزواري وزيرة الاستثمار في تصريحات; سلمى الزواري",
        "وشدد الفريق أول سالم بوزيان وزير الدفاع على أنه; سالم بوزيان",
        "السيدة سلمى والسناتورة ووزيرة الخارجية السابقة; -",
        // a third part closed by punctuation or a stop word; not a verb's future, a suffixed noun,
        // a glued preposition or a verbal noun ("قوله")
        "وكشف وزير الدفاع باك سونغ تشول أن الجيش مستعد; باك سونغ تشول",
        "قال وزير المالية كريم حسن داود، إن الحكومة; كريم حسن داود",
        "ونقلت الوكالة عن وزير الطاقة سامي بوزيان قوله إن; سامي بوزيان",
        "وقال إن وزير التجارة سامي بوزيان سيسافر إلى الصين; سامي بوزيان",
        "وقدم وزير التجارة سامي بوزيان استقالته إلى الرئيس; سامي بوزيان",
        "ويدلي وزير الداخلية سامي بوزيان بخطاب خلال الحفل; سامي بوزيان",
        "وكان وزير الخارجية آنذاك سامي بوزيان قد قال; سامي بوزيان",
        // a second office between the title and the name, up to an honorific or a comma
        "أعلن وزير الشؤون البلدية رئيس اللجنة العامة للانتخابات المهندس سامي الحربي، تشكيل لجنة; سامي الحربي",
        "قالت وزيرة الدولة للتعاون الدولي، المدير العام لمكتب المعرض، سلمى الزواري، إن المعرض; سلمى الزواري",
        "وقال وزير الخارجية رئيس الوفد إن المحادثات; -",
        "وزير العدل رئيس المجلس الأعلى الشيخ الدكتور سامي بن فهد الحربي أطلق حزمة; سامي بن فهد الحربي",
        // past-tense verbs end a name and start none; a saying verb opens a clause with its subject
        "قال إن وزير الخارجية سالم بوزيان أبلغ الرئيس أن الوفد; سالم بوزيان",
        "وذكرت وسائل إعلام أن رئيس الوزراء الصربي الكسندر بوزيتش حضر المراسم; الكسندر بوزيتش",
        "وفي الاجتماع كان وزير الدفاع حضر مبكرا; -",
        "أعرب سالم الزواري وزير الخارجية عن قلقه; سالم الزواري",
        "التقى سالم الزواري وزير الخارجية الليبي في الرباط; -",
        // an accusative, a verbal noun, a feminine plural or a blessing is no name after a title
        "وأجرى وزير الخارجية اتصالاً هاتفياً بالسفير; -",
        "كما شملت موافقة وزير التجارة تأسيس شركة كبرى; -",
        "ووجه وزير الدفاع بتأمين طائرات شحن; -",
        "وبحث وزير الخارجية تطورات المنطقة مع الأمير; -",
        "واستمر لقاء وزير الخارجية لساعات عدة; -",
        "وقال وزير الداخلية فرحات الزواري إن; فرحات الزواري",
        "وقال وزير المالية برات قايا إن; برات قايا",
        "وقال وزير المالية التركي، برات قايا، إن; برات قايا",
        "على هامش زيارة وزير الخارجية الليبي إلى تونس; -",
        "وقدم الشكر لوزير الدفاع حفظه الله على دعمه; -",
        "وطالب وزير المالية سمير مقبل التمديد للقادة; سمير مقبل",
        // after a preposition a name and its title are in apposition
        "وقال سالم بوزيان إن الجيش مستعد. ونسبت الوكالة إلى سالم بوزيان نائب وزير الدفاع قوله إن; سالم بوزيان",
        // a rank's second word, a spokesman's office, a surname the gazetteer knows
        "وقال وزير الدفاع الفريق أول سالم بوزيان إن الجيش; سالم بوزيان",
        "وكانت وزيرة الدولة لشؤون الإعلام، الناطقة باسم الحكومة، سلمى الزواري، قد أكدت; سلمى الزواري",
        "نشرت الجريدة قرارا أصدره رئيس الوزراء سالم كمال مدبولي برفع الأسعار; Mostafa Madbouly",
        // a saying verb before a name and its title; a name ending in ء is no stop word (بها)
        "كشف بهاء الزواري، نائب رئيس الوزراء العراقي، عن هدر; بهاء الزواري",
        // a hashtag's mark inside a name, European particles, a semicolon for a comma
        "كشف وزير الخارجية اليمني سالم #الزواري، الاثنين، أن; سالم الزواري",
        "كما أعلن وزير العدل الهولندي، يان فان دير بيك، أمام البرلمان أن; يان فان دير بيك",
        "وقالت وزيرة الدفاع سارة فون دير بيك الإدارة الأمريكية; سارة فون دير بيك",
        "تعهد وزير المالية الجديد اليوم، بمواصلة #إصلاحات_مالية تشمل; -",
        // an appointment's accusative title follows its name; the dual in construct does not
        "وتضمنت التشكيلة سالم بوزيان وزيرا للشؤون الدينية وكمال الزواري وزيرا للعدل.; سالم بوزيان|كمال الزواري",
        "وقرر الرئيس تعيين سالم بوزيان وزيرا للداخلية خلفا لكمال الزواري; سالم بوزيان",
        "واجتمع وزيرا الخارجية في الرباط; -",
        "وتضم الحكومة 16 وزيرا بينهم صهره سالم بوزيان; -",
        "وتوالت الاستقالات وزيرا تلو الآخر; -",
        "وقال إنه عمل خلال ولايته ووزيرا للخارجية سنوات; -",
        "واختير سالم بوزيان وزير الدفاع المنتهية ولايته وزيرا للخارجية; سالم بوزيان",
        "أما سالم بوزيان، وزير المالية، فقال إن; سالم بوزيان",
        "وطالب النواب رئيس الوزراء بإقالة عدد من الوزراء.; -",
        "وقال وزير المالية البريطاني جاك بريدون الشهر الماضي إن; جاك بريدون",
        "وقال وزير الدفاع أفنير شالوم القناة العاشرة; أفنير شالوم",
        "وقال رئيس الوزراء مالكولم تيرني البرلمان; مالكولم تيرني",
        "وقام وزير الداخلية بزيارة تفقدية للمرضى.; -",
        "بيان من وزير الدفاع فيما يلي نصه: انطلاقا من; -",
        "وحضر سالم بوزيان وزير المالية، وعلي الكناني وزير المياه، وفهد بوزيدي وزير الثروة السمكية.; سالم بوزيان|علي الكناني|فهد بوزيدي",
        // a government named by its head between a title and the name
        "وأكد الوزير السابق في حكومة سالم بوزيان كمال الزواري في مداخلة له أن; كمال الزواري",
        "وأكد الوزير السابق في حكومة سالم بوزيان لطفي الزواري في مداخلة له أن; لطفي الزواري",
        "وقال الوزير السابق في حكومة الوحدة الوطنية إن; -",
        "وأعلن المركز، بحضور سلمى الزواري وزيرة الدولة لشؤون التعاون الدولي، أن; سلمى الزواري",
        "وعقد الاجتماع بحضور ممثلي وزارة الخارجية; -",
        "قال وزير الخارجية سالم بوزيان، فإن الوضع; سالم بوزيان",
        "اعتمد المهندس سالم بن فهد الزواري؛ وزير الشؤون البلدية، آلية التصنيف; سالم بن فهد الزواري",
        // fifth pass (Arabic): present and future verbs end a name and start none; particles with
        // a pronoun, a saying verb's object nouns, "his country"; ب or ل and a verbal noun; a
        // no-break space inside a name
        "وزير إيطالي متشدد يتعهد بطرد آلاف المهاجرين; -",
        "وأبلغ مسؤولون الصحفيين بأن وزير الدفاع سيعقد مؤتمرا صحفيا; -",
        "وزير الشؤون البلدية يوجه بإنشاء مكاتب للمشاريع; -",
        // a conjunction or "seems" after a title's comma starts no name
        "ويدافع عنها رئيس الوزراء الإيطالي الجديد، لكن يبدو أن هذا الهدف صعب; -",
        "وقال رئيس الوزراء الجديد، بل تبدو الحكومة منقسمة; -",
        "ورحب رئيس الوزراء الإيطالي الجديد، جوفاني رستيلي، لكنه رفض المشروع; جوفاني رستيلي",
        "وقال إن وزيرة الخارجية سلمى بوزيان ستتوجه إلى بروكسل; سلمى بوزيان",
        "وقال إن وزير خارجية بلاده سيتوجه إلى العاصمة; -",
        "وأضاف وزير الداخلية أنهم يقومون بمهامهم; -",
        "وأكد وزير التعليم ضرورة تطوير المناهج; -",
        "وعلق وزير الدفاع سالم لأجل غير مسمى المناورات; -",
        "وسلمها لوزير الخارجية الإيطالي لمطالبة روما برفع اسم البلاد; -",
        "واتصلت باللجنة الوطنية للحوادث، التي يترأسها وزير النقل، لإخطارها بآخر مستجدات البحث; -",
        "في وجه وزير الداخلية الجديد الهادي\u00a0بوزيان بمناسبة تكريم العائلات; الهادي بوزيان",
        // fifth pass (Arabic): ب-initial given names closed by a comma, a و-initial given name the
        // gazetteer knows, a portfolio carried on by a preposition up to a comma, a full name
        // between commas after "الوزير" and an office, a ي-initial name between commas, a relative
        // clause that gives the post
        "وقالت وزيرة الأسرة المغربية، بسيمة الزواري، في تصريح سابق، إن القانون; بسيمة الزواري",
        "وكان وزير المالية التركي براءة الزواري، وهو صهر الرئيس، قد صرح; براءة الزواري",
        "وأوضح وزير العدل الشيخ وليد بن محمد الزواري أن الأمر الملكي; وليد بن محمد الزواري",
        "أعلن وزير العلاقة مع الهيئات الدستورية والمجتمع المدني، مهدي بن الزواري، أن الحكومة; مهدي بن الزواري",
        "وقال وزير شؤون الاتحاد الأوروبي في تركيا، عمر بوزيان، إن الحكم; عمر بوزيان",
        "أعرب وزير الخارجية عن قلقه من التصعيد، وقال إن; -",
        "وكان الوزير المكلف بالملف، ديفيد بوزيان، قد استقال; ديفيد بوزيان",
        "وقال الوزير، في تصريح للصحفيين، إن; -",
        "طلبت الحكومة تسليم رئيسة الوزراء السابقة، ينغلوك بوزيان، التي أطاح بها انقلاب; ينغلوك بوزيان",
        "وقال أنتوني بوزيان، الذي عمل وزيرا للمواصلات في عهد الرئيس، إن الحادث; أنتوني بوزيان",
        "وقال سالم الزواري، الذي يعمل أيضاً بمنصب نائب وزير الخارجية، إن; سالم الزواري",
        "وقال إن الحادث، الذي كان وزيرا للنقل شاهدا عليه، وقع; -",
        // a place after a portfolio's preposition, then the name; a portfolio's construct head
        // (a guest is no name); a hyphen inside a name
        "ووصف وزير التجارة والتنمية في نيوزيلندا ديفيد بوزيان تمرير القانون بأنه خطوة; ديفيد بوزيان",
        "وقالت وزيرة الدولة لشؤون الإعلام في الأردن سلمى الزواري إن المرحلة الثانية; سلمى الزواري",
        "وقال وزير الخارجية في تركيا حزب العدالة والتنمية; -",
        "أعلن وزير تكنولوجيات الاتصال والاقتصاد الرقمي، أنور الزواري، الثلاثاء، أن; أنور الزواري",
        "أكد أنور الزواري وزير تكنولوجيات الاتصال ضيف البرنامج اليوم أن الحكومة; أنور الزواري",
        "قال وزير الدفاع الكوري الجنوبي، سونغ يونغ-تشول، إنه نظراً للتطورات; سونغ يونغ-تشول",
        // the dual in construct names two; the accusative of an appointment does not
        "وبدأ وزيرا المالية والاقتصاد اليونانيان سالم بوزيان وكمال الزواري اجتماعهما; سالم بوزيان|كمال الزواري",
        "وعين الرئيس سالم بوزيان وزيرا الصناعة خلفا لكمال الزواري; -",
        // nouns that open a phrase; a third part closed by a verbal noun after ل
        "وبعث وزير الدفاع برقية تهنئة إلى الرئيس; -",
        "وشدد على دعوته لرئيس الحكومة بعدم تبني هذا المنشور; -",
        "وتضم القائمة أيضا اسم سالم بوزيان، وزير الخارجية المخضرم، الذي; سالم بوزيان",
        "إلى أنه ينسق مع رئيس الوزراء جان هنري سامبير لتقديم الدعم للضحايا; جان هنري سامبير",
        // a given name with the article after a comma; an envoy's office between title and name
        "قال وزير العدل بالحكومة الشرعية، المبروك الزواري، إن محاكمة; المبروك الزواري",
        "وقال نائب وزير الخارجية المبعوث الخاص للرئيس إلى الشرق الأوسط، سالم بوزيان، إن; سالم بوزيان",
        // no name: another person joined by و after a portfolio's place, a verbal noun after ب
        // closed by no comma, a time preposition
        "بحضور نائب وزير الاتصالات في تايوان، والسيد ديفيد سامبير، رئيس مجلس إدارة المطار; -",
        "ووجه ولي العهد وزير الدفاع، بنقل المساعدات أمس من المستودعات; -",
        "وكان وزير الدفاع، إبان الحرب، قد قال; -",
        "وقال وزير الدولة لشؤون اللاجئين في كشوفات المحافظة، إبان إقامتهم في المخيم، إن; -",
        // the Maghreb's secretary of state; a head of government in construct with a place, whose
        // complement (a country or a definite noun) comes before the name, never an adjective
        "تحت إشراف وزيرة الشباب سلمى الزواري وكاتب الدولة للرياضة كمال الحربي.; سلمى الزواري|كمال الحربي",
        "وقالت كاتبة الدولة لدى وزير الخارجية، سلمى الزواري، إن; سلمى الزواري",
        "وقال كاتب الدولة إن الوضع; -",
        "وحضر نائب رئيس حكومة الشيشان سالم كوزلوف والمندوب الدائم; سالم كوزلوف",
        "وقال رئيس حكومة الإقليم سالم بوزيان إن; سالم بوزيان",
        "داعيا إلى الارتقاء إلى مقام رئيس حكومة كامل الصلاحيات الدستورية; -",
        "وقال رئيس حكومة إقليم الشمال سالم بوزيان إن; -",
        "ومن بين من برأتهم المحكمة نجل رئيس وزراء سابق آخر هو سالم بوزيان; -",
        // a verb with an object pronoun, after و or not, is no name part; nor و and a listed
        // present-tense verb
        "وأشرف عليها الرئيس ووزيرة التجارة الأمريكية وحضرها عدد من رجال الأعمال; -",
        "وأوضح وزير الدفاع أطلقتها زيارة الرئيس; -",
        "ويعرف بوزيان، رئيس وزراء ولاية الشمال السابق، بانتقاده; -",
        "وقال وزير الخارجية سالم بوزيان وأبلغهم أن; سالم بوزيان",
        "وقال وزير الخارجية سالم طه إن; سالم طه",
        // a prince's name set before his minister's title; offices chained by commas between them;
        // the rest of a known name's lineage is no second name
        "قدم الأمير سالم بن فهد بن سعود وزير الحرس الوطني تعزيته لذوي الشهيد; سالم بن فهد بن سعود",
        "وقال الأمير سالم بن فهد وزير الدفاع إن; سالم بن فهد",
        "نقل تهنئة الأمير سالم بن فهد ولي العهد, نائب رئيس مجلس الوزراء, وزير الداخلية لكل المنسوبين; سالم بن فهد",
        "وشكر الأمير سالم بن فهد ولي العهد، وزير الدفاع، على دعمه; سالم بن فهد",
        "وشكر الأمير محمد بن سلمان بن فهد آل سعود، ولي ولي العهد، وزير الدفاع، على دعمه; Mohammed bin Salman",
        // a second office after the title, up to a prince's title or to a known given name after
        // the office's last definite word
        "برئاسة ولي العهد وزير الداخلية رئيس مجلس الشؤون السياسية الأمير سالم بن فهد بن سعود.; سالم بن فهد بن سعود",
        "حضر اللقاء وزير الدولة عضو مجلس الوزراء خالد الزواري ووزير المالية; خالد الزواري",
        "حضر اللقاء وزير الدولة رئيس الديوان الملكي المكلف سالم الزواري وغيره; سالم الزواري",
        "وقال وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة محمد الزواري إن; محمد الزواري",
        "وقال وزير الخارجية رئيس الوفد المفاوض زيارة قصيرة إلى; -",
        // a given name that is also a role noun (مساعد, assistant), right after an honorific
        "حضر اللقاء وزير الدولة عضو مجلس الوزراء الدكتور مساعد الزواري ووزير الخارجية; مساعد الزواري",
        "كما حضر الاستقبال الدكتور مساعد بن محمد الزواري وزير الدولة عضو مجلس الوزراء، وغيره; مساعد بن محمد الزواري",
        "وقال مساعد وزير الخارجية سالم الزواري إن; -",
        "وقال الدكتور مساعد وزير الصحة إن; -",
        // the word that opens a style (صاحب السمو) is no name part after a title's comma
        "إنابة عن الأمير سالم بن فهد وزير الحرس الوطني، نقل صاحب السمو الأمير كمال تعازيه; سالم بن فهد",
        // a verb of happening ends a title's slot: no name after it
        "وبمتابعة من كاتب الدولة للأمن الوطني جرى توقيف المشتبه به.; -",
        "وقال وزير الداخلية جرت مداهمة المنزل ليلا; -",
        // a region's noun in construct with its place, like a portfolio noun: no name
        "وقالت وزيرة منطقة توراندا، سلمى بوزيان، إن نقص التعليم; سلمى بوزيان",
        "وقال وزير إقليم توراندا، سالم بوزيان، إن; سالم بوزيان",
        "وقال وزير منطقة توراندا إن الوضع; -",
        // آن (Ahn, Anne), written with madda, is no أن or إن: a name's last part
        "وقالت الوزارة لرئيس الوزراء سالم كيو آن، أنها ستعمل; سالم كيو آن",
        "وقال رئيس الوزراء سالم بوزيان آن الأوان لذلك; سالم بوزيان",
        // a rank of two words before a name set before its title
        "واستقبل الأمير مساء أمس، اللواء ركن سالم بن علي الزواري وزير الدولة لشؤون الدفاع والوفد; سالم بن علي الزواري",
        "واستقبل الأمير مساء أمس، الفريق أول سالم الزواري وزير الدفاع; سالم الزواري",
        // a state's style before its country belongs to the title's place
        "واستقبل المحافظ وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش سالم الزواري والوفد; سالم الزواري",
        "قال وزير الخارجية بجمهورية ليتوانيا سالم الزواري إن; سالم الزواري",
        // an honorific inside the quotes around a name after its title
        "أكد وزير التعليم \"د. سالم الزواري\" أهمية التقنية; سالم الزواري",
        "أكد الوزير \"الدكتور سالم الزواري\" أهمية التقنية; سالم الزواري",
        // a list of names each set before its title, the next glued to و after a comma
        "وحضر اللقاء الدكتور سالم بوزيان وزير الطاقة والصناعة، وسلمى الزواري وزيرة الثقافة، وكمال الحربي وزير الدولة، وغيرهم; سالم بوزيان|سلمى الزواري|كمال الحربي",
        "وقال الرئيس في كلمته، وسلمى الزواري وزيرة الثقافة تستمع إن; -",
        // two family names with the article, closed after a title; a compound given name before
        // a family name with the article, before a title
        "وقال عز الدين الزواري، وزير العدل، إن; عز الدين الزواري",
        "وفق ما قال نور الدين الزواري وزير العدل.; نور الدين الزواري",
        "أمام الملك.. أمير الحدود الشمالية ووزير الإسكان يؤديان القسم; -",
        // a title in brackets glossing an office: the name after the bracket
        "ويلتقي رئيس مجلس الدولة (رئيس الوزراء) الصيني سالم كه تشانغ.; سالم كه تشانغ",
        "وقال سالم بوزيان (رئيس الوزراء) إن; -",
        // a common given name after a title with the article starts a full name
        "وقال الوزير طارق الزواري متحدثا للصحفيين إن; طارق الزواري",
        "وقال الوزير بوزيان متحدثا للصحفيين إن; -",
        "وقالت الوزيرة سلمى بوزيان إن; سلمى بوزيان",
        // a common given name glued to ل, or to و in an appointment, is a given name as the
        // gazetteer's are
        "نشر فيديو مزيف لهيلاري بوزيان، وزيرة الخارجية السابقة; هيلاري بوزيان",
        "تم تعيين سالم بن فهد وزيرا للشؤون الدينية وخليل الزواري وزيرا للوظيفة العمومية; سالم بن فهد|خليل الزواري",
        "ووزير دولة رئيس المجلس الوطني للإعلام خليل بن أحمد الزواري.; خليل بن أحمد الزواري",
        "وأبدى وزير التجارة في نيوزيلندا طارق بوزيان رغبة بلاده في التعاون; طارق بوزيان",
        "حسب ما أعلنته أمس وزيرة السياحة سلمى البادي الزواري.; سلمى البادي الزواري",
        "حسب ما أعلنته أمس وزيرة السياحة سلمى الزواري الخطة الجديدة.; سلمى الزواري",
        // a head of government's title, a comma, and a name a second comma closes
        "وقال رئيس الوزراء، سالم تشنغ، الأحد، إن; سالم تشنغ",
        "وناشد نائب رئيس الوزراء، كمال الزواري، المستثمرين; كمال الزواري",
        "وقال رئيس الحكومة، في هذا السياق، إن; -",
        "استقبل نائب رئيس الدولة رئيس الوزراء، حاكم دبي، الوفد; -",
        // a member of the minister's staff is the person named beside the title
        "ونائب المدير العام السابق لمكتب رئيس الوزراء، سالم بوزيان، بتهمة; -",
        "وقال مدير مكتب وزير الإسكان سالم بوزيان إن; -",
        "حضره رئيس الأركان بمكتب وزير الدفاع كمال الزواري وكبير المساعدين; -",
        "ونقلت عن مستشار رئيس الوزراء للشؤون الخارجية سالم بوزيان قوله; -",
        "وأفاد بيان صدر عن مكتب وزير الدفاع سالم بوزيان بأنه أمر; سالم بوزيان",
        "وإد بولز وهو مستشار لرئيس الوزراء السابق كمال الزواري.; كمال الزواري",
        // a particle glued to و, a governor, condolences, "near" and "on the eve of" start no name
        "بعد لقائه مع رئيس الحكومة وما سيفرزه ذلك اللقاء .; -",
        "ودخل الطلبة ووزير التربية والتعليم ومحافظ توراندا، إلى المدرسة; -",
        "ونقل وزير الخارجية تعازي المملكة لأسرة الضحية; -",
        "وقع انفجار قرب موكب رئيس الحكومة عقب دخوله; -",
        "كما رفع الشيخ سالم بن عبدالله آل الزواري وزير الداخلية خالص التعازي للقيادة; سالم بن عبدالله آل الزواري",
        // a gazetteer person with no Arabic alias, named by a transliteration of the Latin name
        "وقالت وزيرة الخارجية كاميسا كامارا إن; Kamissa Camara",
        "وقال وزير الخارجية الكندي مارك غارنو إن; Marc Garneau",
        // أبي (Abiy) before one name after a title: a given name, no kunya's genitive
        "وقال رئيس الوزراء الجديد أبي كمال في كلمة; أبي كمال",
        "وقال رئيس الوزراء، آبي كمال، في كلمة; آبي كمال",
        "وقال رئيس الوزراء أبو كمال في كلمة; -",
        // a name written as one hashtag after its title; a place's or a portfolio's tag is none
        "وقال وزير الداخلية الفرنسي #كمال_الزواري إن; كمال الزواري",
        "وأكد رئيس الوزراء السابق #سالم_بن_بوزيان، أن; سالم بن بوزيان",
        "وقال وزير خارجية #كوريا_الشمالية إن; -",
        "وقال وزير #قطاع_الأعمال_العام إن; -",
        // and right before its title, after a clause opener or with a comma
        "أعلن #سالم_بوزيان نائب رئيس وزراء كندا أنه سيستقيل.; سالم بوزيان",
        "وأكد #كمال_بن_الزواري، وزير الخارجية، أن; كمال بن الزواري",
        "التقى الرئيس #سالم_بوزيان نائب رئيس الوزراء.; -",
        // a portfolio that a preposition carries on, definite words only, then a known given name
        "كشف وزير العلاقة مع الهيئات الدستورية و المجتمع المدني مهدي بن بوزيان عن الإعداد; مهدي بن بوزيان",
        "واستقال أمس وزير شؤون الانسحاب من الاتحاد الأوروبي ديفيد الزواري.; ديفيد الزواري",
        "وقال وزير العلاقة مع الهيئات وحقوق الإنسان المهدي بن بوزيان ليست; المهدي بن بوزيان",
        "وقال وزير الشؤون الخارجية في الحكومة كمال إن; -",
        // an adjective after a bare title: "a prominent federal minister"
        "قال وزير اتحادي بارز إن الحكومة تدرس; -",
        // names of three parts or more (2026-12-07): a particle carries a name on past a definite
        // part; a third part before و and a definite word (the next conjunct), or after a father's
        // name (بن X) when no complement follows it; على after an apposition of a given name
        "وأكد وزير التجهيز سالم الهادي عبد الكريم على أهمية المشروع; سالم الهادي عبد الكريم",
        "وقال وزير العدل كمال الصادق بن بوزيان إن القانون جاهز; كمال الصادق بن بوزيان",
        "وقال وزير العدل كمال الزواري بعد الاجتماع إن القانون جاهز; كمال الزواري",
        "واستقبل وزير الصناعة سالم كمال حمدان والمستثمرين في مكتبه.; سالم كمال حمدان",
        "واستقبل وزير الدولة الدكتور سالم بن فهد حجازي بمقر الوزارة صباح اليوم; سالم بن فهد حجازي",
        "وانتقد وزير الخارجية سالم بن فهد مواقف المعارضة الأخيرة; سالم بن فهد",
        "وطالب المواطن وزير الصحة سالم بن فهد رعاية أسرته; سالم بن فهد",
        "وبحث وزير الخارجية سالم بوزيان سبل التعاون مع نظيره; سالم بوزيان",
        "وحث وزير الخارجية سالم بوزيان الحكومة على الإسراع; سالم بوزيان",
        "وأكد وزير التجهيز، خالد الزواري على أهمية المشروع; خالد الزواري",
        "نشر سالم بوزيان، وزير الخارجية، شريط مصور على موقعه; سالم بوزيان",
        // a third part that starts with ب or ل is a name part when the rest is no word of the
        // corpora (لمور, ونج), a preposition and a word when it is (رويترز, خطاب, بلاد)
        "وقال وزير الخارجية سالم كمال بلمور في رسالة إن; سالم كمال بلمور",
        "قال رئيس وزراء سنغافورة تان كاي لونج إن; تان كاي لونج",
        "وقال وزير الخارجية سالم بوزيان لرويترز إن; سالم بوزيان",
        "وقال وزير الخارجية سالم بوزيان بخطاب إن; سالم بوزيان",
        "وقال وزير الخارجية سالم بوزيان لبلاده إن; سالم بوزيان",
        "وقال وزير الخارجية سالم بوزيان لقاء، إن; سالم بوزيان",
        // a name starts with no preposition glued to a noun the corpora write with the article
        "وقال وزير الصحة بإقليم تومسك الجنوبي إن المستشفى جاهز; -",
        "وأشاد وزير الداخلية بحركة الشباب في المدينة; -",
        "وقال وزير المالية بسام الزواري إن; بسام الزواري",
        // a first word that begins as a present-tense verb (Yevgeny) is a name after a clause
        // opener when two words and a comma come before the title
        "وقال يفغيني سوروكين، وزير النقل في روسيا، إن الطريق مغلق.; يفغيني سوروكين",
        "وقال يفغيني سوروكين وزير النقل إن الطريق مغلق.; -",
        "وقال يجب التحرك، وزير الخارجية إن; -",
        // fifteenth session: a comma apposition of a given name, a definite second given name
        // and a family name, closed by its second comma
        "أفاد وزير الصحة، كمال الهادي بوزيان، اليوم الأحد، أنه; كمال الهادي بوزيان",
        "أفاد وزير الصحة، كمّال الهادي بوزيان، اليوم; كمّال الهادي بوزيان",
        "وقال وزير الصحة، كمال الهادي أمس، إن; كمال الهادي",
        "وقال وزير الصحة، كمال الهادي رسالته، إن; -",
        // a second part that reads as ب and the article (بال), when the corpora write no such noun
        // after ب: a foreign family name (Balakrishnan), not a preposition
        "وأجرى وزير الخارجية، كمال بالاكرينان، زيارة للعاصمة; كمال بالاكرينان",
        "وقام وزير الخارجية كمال بالاكرينان بزيارة; كمال بالاكرينان",
        "وأجرى وزير الخارجية، كمال بالتعاون مع الوزارة، زيارة; -",
        // the German and Austrian chancellor, with the country's adjective only, and a full name
        "وقال المستشار النمساوي سيمون كمال إن الحكومة; سيمون كمال",
        "وقال نائب المستشار النمساوي هاينز-سيمون بوزيان إن; هاينز-سيمون بوزيان",
        "وقال المستشار سيمون كمال إن المحكمة; -",
        "انتقد الرئيس قرار المستشار النمساوي إغلاق مساجد في البلاد; -",
        "ولن تمنح المستشارة الألمانية اهتمامها لموضوع الهجرة; -",
        // a prince's lineage after a comma needs no close (two links of بن at least), and a
        // lineage may be long
        "أكد وزير الداخلية، الأمير سالم بن فهد بن كمال بن عبد الكريم شجب الهجوم; سالم بن فهد بن كمال بن عبد الكريم",
        "أكد وزير الداخلية، الأمير سالم بن فهد، شجب الهجوم; سالم بن فهد",
        "أكد وزير الداخلية، الأمير سالم بن فهد شجب الهجوم; -",
        // after any title, a verbal noun of the form إفعال or a noun with a possessive pronoun
        // starts no name, unless a list knows it as a given name
        "وانتقد وزير الوظيفة العمومية اليوم الجمعة إغراق الأسواق بالسلع; -",
        "وطالب وزير الداخلية بإجراء تحقيق، وأعلن وزير المالية إطلاق برنامج جديد; -",
        "وقالت وزيرة الرياضة في الولاية، سلمى جونز، إن ألعاب الكومنولث آمنة; سلمى جونز",
        "وقال وزير الداخلية إحسان بوزيان إن; إحسان بوزيان",
        // sixteenth session: after الشيخ, الصباح is a family name (Kuwait's ruling family), not
        // "the morning"; without الشيخ it still ends a name
        "وقال وزير الداخلية الشيخ سالم كمال الصباح إن; سالم كمال الصباح",
        "وقال وزير الداخلية الشيخ سالم كمال الفهد الصباح إن; سالم كمال الفهد الصباح",
        "وقال وزير الداخلية الشيخ سالم الصباح إن; سالم الصباح",
        "وصل وزير الداخلية سالم بوزيان الصباح إلى; سالم بوزيان",
        // names of four parts: a third part closed by بن and a name ("X Y Z بن W"), a comma
        // apposition of three or four plain parts closed by its comma, a rank of two words
        // ("الفريق أول") before an apposition
        "وقال وزير الدفاع الفريق سالم كمال أحمد بن عمار إن الجيش; سالم كمال أحمد بن عمار",
        "وقال وزير الدفاع الليبي، الفريق أول سالم كمال أحمد بن عمار، لدى استقباله السفير; سالم كمال أحمد بن عمار",
        "وقال وزير الدفاع، الفريق أول سالم كمال، لدى استقباله السفير; سالم كمال",
        "وقال وزير الدفاع، سالم كمال أحمد بوزيان، لدى استقباله السفير; سالم كمال أحمد بوزيان",
        "وقال وزير الدفاع، سالم كمال أحمد بوزيان رسالة شكر، إن; -",
        "واختيرت سلمى، التي عملت سابقا وزيرة للعمل، لتحل محل سالم بوزيان، الذي استقال; -",
        // a title after the preposition ل or ب is a genitive: no name before it is its apposition
        "ومن المنتظر أن تصل مقترحات وملاحظات اللجنة لوزير الصحة قبل نهاية العام; -",
        "وقال إن سالم بوزيان لوزير الخارجية; -",
        "وقال سالم بوزيان النائب الأول لرئيس الوزراء إن; سالم بوزيان",
        // a predicate about the titled person is no name: after a feminine title a present tense
        // of ت whose ي form the corpora write, a participle متفعّلة, a circumstantial فاعلًا with a
        // noun and its possessive pronoun
        "ذكرت الصحيفة أن رئيسة وزراء النرويج تطرح مبادرة جديدة بين الحزبين; -",
        "وأكد المتحدث أن رئيسة الحكومة الألمانية متحمسة لفكرة الحوار; -",
        "وظهر الرئيس إلى جانب رئيسة الوزراء النرويجية حاملا حقيبتها الجديدة; -",
        "وقالت وزيرة الخارجية تسيبي ليفني إن; تسيبي ليفني",
        "وقالت وزيرة الخارجية ماريا بوزيان إن; ماريا بوزيان",
        // a verbal noun of the forms افتعال, انفعال, استفعال is an object, not a given name,
        // unless the list knows the name (ابتسام)
        "وتتولى لجنة يعينها رئيس مجلس الوزراء اختيار الأعضاء على ضوء الكفاءة; -",
        "وتتولى لجنة يعينها رئيس مجلس الوزراء انتخاب الأعضاء على ضوء الكفاءة; -",
        "وتتولى لجنة يعينها رئيس مجلس الوزراء استقبال الطلبات على ضوء الكفاءة; -",
        "وقالت وزيرة الشؤون الاجتماعية ابتسام بوزيان إن; ابتسام بوزيان",
        "وقال رئيس الوزراء انطوان بوزيان إن; انطوان بوزيان",
        // the blessing after a title's person is no name
        "وحضر الحفل نجل وزير الخارجية السابق - رحمه الله -، ومعالي الوزير; -",
        // وسط (amid) opens a phrase, as بين does
        "استدعى الملك رئيس الوزراء وسط أنباء عن إقالته; -",
        // an adjective or adverb مفعلا / مفاعلا in the accusative (the corpora write المماثل) is no
        // name part; a name of that spelling is (ماتيا)
        "وأصدر وزير الداخلية قرارا مماثلا، وفق ما نقلت الوكالة; -",
        "وقال وزير المالية ماتيا كامبالا إن; ماتيا كامبالا",
      })
  void readsArabicNamesNotVerbsOrOrdinals(String sentence, String expected) {
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split("\\|"));
    assertEquals(want, EXTRACTOR.ministers(sentence));
  }

  @Test
  void readsAnArabicNameAfterACommaAndALineBreak() {
    // no paragraph ends with a comma: the line break after one is a space
    assertEquals(
        List.of("كمال الزواري"),
        EXTRACTOR.ministers("قال وزير الداخلية،\nكمال الزواري إن أغلب المتورطين مهربون"));
  }

  @Test
  void marksAnArabicMinisterWhosePostAPastRelativeClauseGivesAsFormer() {
    List<Mention> m =
        EXTRACTOR.ministerMentions(
            "وقال أنتوني بوزيان، الذي عمل وزيرا للمواصلات في عهد الرئيس، إن الحادث", null);
    assertEquals(List.of("أنتوني بوزيان"), m.stream().map(Mention::value).toList());
    assertEquals(true, m.get(0).former());
  }

  @Test
  void marksAnArabicMinisterNamedBeforeAPastTitleAsFormer() {
    List<Mention> m =
        EXTRACTOR.ministerMentions("وقال إن سالم بوزيان وزير الطاقة الليبي السابق قد", null);
    assertEquals(List.of("سالم بوزيان"), m.stream().map(Mention::value).toList());
    assertEquals(true, m.get(0).former());
  }

  @Test
  void marksAMinisterTheTextPresentsOnlyAsFormer() {
    List<Mention> m =
        EXTRACTOR.ministerMentions(
            "L'ancien ministre de l'Intérieur Paul Verdier a critiqué le ministre de la Santé, Anne Colas.",
            null);
    assertEquals(List.of("Paul Verdier", "Anne Colas"), m.stream().map(Mention::value).toList());
    assertEquals(List.of(true, false), m.stream().map(Mention::former).toList());
  }

  @Test
  void marksAMinisterOfAFrontedTitleWithAPastSpanAsFormer() {
    List<Mention> m =
        EXTRACTOR.ministerMentions(
            "Ministre de la Culture de 2012 à 2014, Lucie Morand écrit. Ministre de la Santé depuis"
                + " mai, Paul Garnier parle.",
            null);
    assertEquals(List.of("Lucie Morand", "Paul Garnier"), m.stream().map(Mention::value).toList());
    assertEquals(List.of(true, false), m.stream().map(Mention::former).toList());
  }

  @Test
  void marksThePersonOfATitleOfThatTimeAsFormer() {
    List<Mention> m =
        EXTRACTOR.ministerMentions(
            "Le plan de Paul Vannier\nPaul Vannier a signé ce plan. Le ministre de l'Intérieur de"
                + " l'époque voulait réduire la dette.",
            null);
    assertEquals(List.of("Paul Vannier"), m.stream().map(Mention::value).distinct().toList());
    assertEquals(true, m.stream().allMatch(Mention::former));
  }

  @Test
  void aBareTitleInTheBodyDoesNotMakeAFormerMinisterCurrent() {
    List<Mention> m =
        EXTRACTOR.ministerMentions(
            "L'ancien ministre Paul Verdier est mort\nIl avait 90 ans. Le parti a salué le ministre.",
            null);
    assertEquals(List.of("Paul Verdier"), m.stream().map(Mention::value).toList());
    assertEquals(true, m.get(0).former());
  }

  @Test
  void aCourtesyTitleAndAFamilyNameAloneNameTheMinisterTheCollectionShowsInOffice() {
    // 2026-12-08: "M. Vannier" in an article of a term the collection shows for Paul-Henri
    // Vannier is that minister; not outside the term, not when two ministers of the family name
    // are in office, not when the text names another Vannier, not inside a longer name
    int day = (int) LocalDate.of(2019, 3, 10).toEpochDay();
    ObservedTenures t =
        ObservedTenures.of(
            java.util.Map.of(
                "Paul-Henri Vannier", new int[] {day, day + 1, day + 2},
                "Lucie Le Morand", new int[] {day, day + 1, day + 2}),
            name -> false);
    EntityExtractor x = EntityExtractor.defaults().withTenures(t);
    LocalDate in = LocalDate.of(2019, 3, 11);
    assertEquals(
        List.of("Paul-Henri Vannier"),
        x.ministers("\"Les écoles rouvriront\", a dit M. Vannier. Mais pas toutes.", in));
    assertEquals(
        List.of("Lucie Le Morand"), x.ministers("Selon Mme Le Morand, le plan est prêt.", in));
    assertEquals(
        List.of(), x.ministers("\"Les écoles rouvriront\", a dit M. Vannier.", in.plusYears(3)));
    assertEquals(
        List.of(),
        x.ministers("Brigitte Vannier était là. \"Oui\", a dit M. Vannier plus tard.", in));
    assertEquals(List.of(), x.ministers("Il a croisé M. Vannier Dupuis au marché.", in));
    assertEquals(List.of(), x.ministers("\"Oui\", a dit M. Vannier.", null));
    ObservedTenures two =
        ObservedTenures.of(
            java.util.Map.of(
                "Paul Vannier", new int[] {day, day + 1, day + 2},
                "Marc Vannier", new int[] {day, day + 1, day + 2}),
            name -> false);
    assertEquals(
        List.of(),
        EntityExtractor.defaults().withTenures(two).ministers("\"Oui\", a dit M. Vannier.", in));
  }

  @Test
  void anObservedNameIsNotTheStartOfAnotherPersonsLongerName() {
    // 2026-12-07: the tenure of "كمال الصادق" does not tag "كمال الصادق بن بوزيان" (another
    // family name), but a father's name after "سالم بن فهد" is still that person
    int day = (int) LocalDate.of(2017, 1, 10).toEpochDay();
    ObservedTenures t =
        ObservedTenures.of(
            java.util.Map.of(
                "كمال الصادق", new int[] {day, day + 1, day + 2},
                "سالم بن فهد", new int[] {day, day + 1, day + 2}),
            name -> false);
    EntityExtractor x = EntityExtractor.defaults().withTenures(t);
    LocalDate date = LocalDate.of(2017, 1, 11);
    assertEquals(List.of("كمال الصادق"), x.ministers("وقال كمال الصادق إن الأرقام دقيقة.", date));
    assertEquals(
        List.of(), x.ministers("وقال النائب كمال الصادق بن بوزيان إن الأرقام خاطئة.", date));
    assertEquals(
        List.of("سالم بن فهد"), x.ministers("وحضر سالم بن فهد بن سعود الاجتماع أمس.", date));
  }

  @Test
  void aGazetteerNameWithoutAPostCountsOnlyInTheTermsOfOffice(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(
        file, "Zed Quux\tMA\tforeign\t2019-01-01\t2020-12-31\tZed Quux\n", StandardCharsets.UTF_8);
    EntityExtractor x = EntityExtractor.withGazetteer(file);
    String leader = "Zed Quux, chef de parti, a parlé.";
    assertEquals(List.of("Zed Quux"), x.ministers(leader, LocalDate.of(2020, 6, 1)));
    assertEquals(
        List.of("Zed Quux"), x.ministers(leader, LocalDate.of(2021, 1, 20))); // 31 days' margin
    assertEquals(List.of(), x.ministers(leader, LocalDate.of(2023, 6, 1)));
    assertEquals(List.of("Zed Quux"), x.ministers(leader, null));
    // the text gives the post: counts on any date, as a former minister
    List<Mention> former =
        x.ministerMentions(
            "L'ancien ministre des Affaires étrangères Zed Quux a parlé.",
            LocalDate.of(2023, 6, 1));
    assertEquals(List.of("Zed Quux"), former.stream().map(Mention::value).toList());
    assertEquals(true, former.get(0).former());
  }
}
