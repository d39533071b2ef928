import type { Language } from "./language";
import type { Rule } from "./rule-types";

type Wording = { phrases: readonly string[]; examples: readonly string[] };
type Languages = Partial<Record<Exclude<Language, "en">, Wording>>;

// The trigger words of each rule in the other languages the readers know, with an example
// each. A wording maps to the rule with the same meaning as in English, so one table explains
// every value whatever the language of its source.
const W = (phrases: string, ...examples: string[]): Wording => ({
  phrases: phrases.split("|").map((p) => p.trim()),
  examples,
});

const wordings: Record<string, Languages> = {
  "approx.about": {
    es: W(
      "unos|unas|alrededor de|aproximadamente|cerca de|en torno a|aprox.|del orden de|casi unos|unos aproximadamente",
      "unos 300 → 270–330",
      "cerca de 200 → 180–220",
    ),
    fr: W(
      "environ|quelque|autour de|aux alentours de|approximativement|à peu près|de l'ordre de|grosso modo|dans les",
      "environ 2000 → 1 800–2 200",
    ),
    it: W(
      "circa|intorno a|intorno ai|intorno alle|all'incirca|approssimativamente|nell'ordine di|più o meno",
      "circa 300 → 270–330",
    ),
    de: W(
      "etwa|rund|ungefähr|circa|ca.|ca|zirka|schätzungsweise|an die|um die|gegen",
      "etwa 300 → 270–330",
    ),
    ru: W(
      "около|примерно|приблизительно|порядка|где-то|ориентировочно|почти около",
      "около 300 → 270–330",
    ),
    pt: W(
      "cerca de|aproximadamente|em torno de|por volta de|uns|umas|ao redor de|na ordem de|perto de uns",
      "cerca de 300 → 270–330",
    ),
  },
  "approx.estimated": {
    es: W(
      "un estimado de|unos estimados|se estima en|estimados en|un número estimado de|una cifra estimada de",
      "un estimado de 5000 → 4 500–5 500",
    ),
    fr: W(
      "estimé à|estimée à|estimés à|estimées à|une estimation de|estimé|estimée|estimés|estimées",
      "estimés à 5000 → 4 500–5 500",
    ),
    it: W(
      "stimato in|stimata in|stimati in|stimate in|una stima di|stimato|stimata|stimati|stimate",
      "stimati in 5000 → 4 500–5 500",
    ),
    de: W("geschätzte|geschätzt|schätzungsweise", "geschätzte 5000 → 4 500–5 500"),
    ru: W("по оценкам", "по оценкам 5000 → 4 500–5 500"),
    pt: W(
      "estimado em|estimada em|estimados em|estimadas em|estimados|estimadas|uma estimativa de",
      "estimados 5000 → 4 500–5 500",
    ),
  },
  "approx.nearly": {
    es: W("casi|poco menos de|apenas menos de|cerca de casi", "casi 3000 → 2 700–3 000"),
    fr: W(
      "près de|presque|pas loin de|un peu moins de|quasiment|quasi|près d'",
      "près de 3000 → 2 700–3 000",
    ),
    it: W("quasi|poco meno di|pressoché|vicino a", "quasi 3000 → 2 700–3 000"),
    de: W("fast|beinahe|knapp|nahezu|annähernd|kaum weniger als", "fast 3000 → 2 700–3 000"),
    ru: W(
      "почти|без малого|чуть менее|чуть меньше|немногим менее|немногим меньше|около почти",
      "почти 3000 → 2 700–3 000",
    ),
    pt: W("quase|pouco menos de|perto de|próximo de|cerca de quase", "quase 3000 → 2 700–3 000"),
  },
  "approx.just-over": {
    es: W(
      "poco más de|algo más de|un poco más de|apenas más de|ligeramente más de|poco mas de",
      "poco más de 200 → 200–220",
    ),
    fr: W(
      "un peu plus de|légèrement plus de|à peine plus de|un peu plus d'|à peine plus d'",
      "un peu plus de 200 → 200–220",
    ),
    it: W(
      "poco più di|appena più di|poco oltre|poco più d'|di poco superiore a",
      "poco più di 200 → 200–220",
    ),
    de: W(
      "etwas mehr als|knapp über|gut|etwas über|knapp mehr als",
      "etwas mehr als 200 → 200–220",
    ),
    ru: W(
      "чуть более|чуть больше|немногим более|немногим больше|чуть свыше|немного более|немного больше",
      "чуть более 200 → 200–220",
    ),
    pt: W(
      "pouco mais de|um pouco mais de|ligeiramente mais de|pouco acima de",
      "pouco mais de 200 → 200–220",
    ),
  },
  "bound.more-than": {
    es: W(
      "más de|por encima de|superior a|superiores a|más que|mas de|supera|superan|supera los|superan los|supera las|superan las|sobrepasa|sobrepasan|sobrepasa los|sobrepasan los",
      "más de 100 → >100",
    ),
    fr: W(
      "plus de|plus d'|au-delà de|au delà de|supérieur à|dépassant|davantage que",
      "plus de 100 → >100",
    ),
    it: W(
      "più di|oltre|più d'|superiore a|sopra i|sopra le|al di sopra di|oltre a",
      "più di 100 → >100",
      "oltre 100 → >100",
    ),
    de: W(
      "mehr als|über|weit über|jenseits von|oberhalb von",
      "mehr als 100 → >100",
      "über 100 → >100",
    ),
    ru: W("более|свыше|больше|более чем|больше чем|сверх", "более 100 → >100", "свыше 100 → >100"),
    pt: W(
      "mais de|acima de|superior a|além de|mais que|supera|superam|supera os|superam os|ultrapassa|ultrapassam|ultrapassa os|ultrapassam os",
      "mais de 100 → >100",
    ),
  },
  "bound.at-least": {
    es: W(
      "al menos|por lo menos|como mínimo|no menos de|un mínimo de|cuando menos",
      "al menos 26 → ≥26",
    ),
    fr: W(
      "au moins|pas moins de|au minimum|pas moins d'|un minimum de|au bas mot",
      "au moins 26 → ≥26",
    ),
    it: W("almeno|non meno di|come minimo|minimo|un minimo di", "almeno 26 → ≥26"),
    de: W("mindestens|wenigstens|nicht weniger als|zumindest", "mindestens 26 → ≥26"),
    ru: W(
      "не менее|по меньшей мере|как минимум|минимум|не меньше|по крайней мере",
      "не менее 26 → ≥26",
    ),
    pt: W("pelo menos|no mínimo|não menos de|ao menos|um mínimo de", "pelo menos 26 → ≥26"),
  },
  "bound.well-over": {
    es: W(
      "mucho más de|muy por encima de|bastante más de|muchos más de|bien más de",
      "mucho más de 200 → >220",
    ),
    fr: W(
      "bien plus de|largement plus de|bien au-delà de|beaucoup plus de|bien plus d'",
      "bien plus de 200 → >220",
    ),
    it: W("ben più di|ben oltre|molto più di|molti più di", "ben oltre 200 → >220"),
    de: W(
      "weit mehr als|deutlich mehr als|viel mehr als|deutlich über|weit über|erheblich mehr als",
      "weit mehr als 200 → >220",
    ),
    ru: W(
      "значительно более|гораздо больше|намного больше|гораздо более|намного более|значительно больше",
      "гораздо больше 200 → >220",
    ),
    pt: W("bem mais de|muito mais de|muito acima de|bem acima de", "bem mais de 200 → >220"),
  },
  "bound.fewer-than": {
    es: W("menos de|por debajo de|inferior a|menos que", "menos de 50 → 0–<50"),
    fr: W("moins de|moins d'|en dessous de|inférieur à", "moins de 50 → 0–<50"),
    it: W("meno di|sotto i|inferiore a|al di sotto di", "meno di 50 → 0–<50"),
    de: W("weniger als|unter|unterhalb von", "weniger als 50 → 0–<50"),
    ru: W("менее|меньше|менее чем|меньше чем", "менее 50 → 0–<50"),
    pt: W("menos de|abaixo de|inferior a", "menos de 50 → 0–<50"),
  },
  "bound.at-most": {
    es: W("hasta|como máximo|no más de|a lo sumo|un máximo de|como mucho", "hasta 300 → 0–300"),
    fr: W(
      "jusqu'à|au plus|au maximum|pas plus de|tout au plus|un maximum de|jusqu'a",
      "jusqu'à 300 → 0–300",
    ),
    it: W("fino a|al massimo|non più di|sino a|un massimo di|al più", "fino a 300 → 0–300"),
    de: W("bis zu|höchstens|maximal|nicht mehr als|allenfalls", "bis zu 300 → 0–300"),
    ru: W("до|не более|не больше|максимум|вплоть до|не свыше", "до 300 → 0–300"),
    pt: W("até|no máximo|não mais de|um máximo de", "até 300 → 0–300"),
  },
  "vague.a-couple": {
    es: W("un par de", "un par de casas → 2–3"),
    fr: W("deux ou trois|une paire de", "deux ou trois maisons → 2–3"),
    it: W("un paio di|un paio", "un paio di case → 2–3"),
    de: W("ein paar|paar", "ein paar Häuser → 2–3"),
    ru: W("пара|пару|пары|пару-тройку", "пара домов → 2–3"),
    pt: W("um par de|uns dois", "um par de casas → 2–3"),
  },
  "vague.a-few": {
    es: W(
      "unos pocos|unas pocas|algunos|algunas|unos cuantos|unas cuantas|pocos|pocas",
      "algunos heridos → 2–5",
    ),
    fr: W("quelques|quelques-uns|quelques-unes|peu de", "quelques blessés → 2–5"),
    it: W("alcuni|alcune|pochi|poche|qualche", "alcuni feriti → 2–5"),
    de: W("einige|wenige|ein paar wenige|vereinzelte", "einige Verletzte → 2–5"),
    ru: W("немного|немногие", "немного раненых → 2–5"),
    pt: W("alguns|algumas|poucos|poucas|uns poucos", "alguns feridos → 2–5"),
  },
  "vague.several": {
    es: W("varios|varias|diversos|diversas", "varios heridos → 3–9"),
    fr: W("plusieurs|divers|diverses", "plusieurs blessés → 3–9"),
    it: W("diversi|diverse|parecchi|parecchie|vari|varie", "diversi feriti → 3–9"),
    de: W("mehrere|mehreren|etliche|verschiedene", "mehrere Verletzte → 3–9"),
    ru: W("несколько|нескольких|нескольким|несколькими", "несколько раненых → 3–9"),
    pt: W("vários|várias|diversos|diversas", "vários feridos → 3–9"),
  },
  "vague.dozens": {
    es: W("decenas|docenas|muchas decenas", "decenas de muertos → 24–99"),
    fr: W(
      "des dizaines|dizaines|des douzaines|douzaines|de nombreuses dizaines",
      "des dizaines de morts → 24–99",
    ),
    it: W("decine|dozzine|molte decine", "decine di morti → 24–99"),
    de: W("dutzende|dutzenden|duzende|zahlreiche dutzend", "Dutzende Tote → 24–99"),
    ru: W("десятки|десятков|десятками|десяткам|дюжины", "десятки погибших → 24–99"),
    pt: W("dezenas|dúzias|muitas dezenas", "dezenas de mortos → 24–99"),
  },
  "vague.a-few-dozen": {
    es: W(
      "unas decenas|unas pocas decenas|algunas decenas|unas docenas",
      "unas decenas de heridos → 24–71",
    ),
    fr: W("quelques dizaines|quelques douzaines", "quelques dizaines de blessés → 24–71"),
    it: W("alcune decine|qualche decina|poche decine", "alcune decine di feriti → 24–71"),
    de: W("einige dutzend|ein paar dutzend|einige dutzende", "einige Dutzend Verletzte → 24–71"),
    ru: W(
      "несколько десятков|нескольких десятков|несколькими десятками|нескольким десяткам",
      "несколько десятков раненых → 24–71",
    ),
    pt: W("algumas dezenas|umas dezenas|poucas dezenas", "algumas dezenas de feridos → 24–71"),
  },
  "vague.several-dozen": {
    es: W("varias decenas|varias docenas", "varias decenas de personas → 36–119"),
    fr: W("plusieurs dizaines|plusieurs douzaines", "plusieurs dizaines de personnes → 36–119"),
    it: W("diverse decine|parecchie decine|varie decine", "diverse decine di persone → 36–119"),
    de: W("mehrere dutzend|etliche dutzend", "mehrere Dutzend Menschen → 36–119"),
    ru: W("многие десятки", "многие десятки людей → 36–119"),
    pt: W("várias dezenas|diversas dezenas", "várias dezenas de pessoas → 36–119"),
  },
  "vague.hundreds": {
    es: W("cientos|centenares|muchos cientos", "cientos de heridos → 200–999"),
    fr: W("des centaines|centaines|de nombreuses centaines", "des centaines de blessés → 200–999"),
    it: W("centinaia|molte centinaia", "centinaia di feriti → 200–999"),
    de: W("hunderte|hunderten|viele hunderte", "Hunderte Verletzte → 200–999"),
    ru: W("сотни|сотнями|многие сотни", "сотни раненых → 200–999"),
    pt: W("centenas|muitas centenas", "centenas de feridos → 200–999"),
  },
  "vague.a-few-hundred": {
    es: W(
      "unos cientos|unos centenares|algunos cientos|algunos centenares|unos pocos cientos",
      "unos cientos de personas → 200–599",
    ),
    fr: W("quelques centaines", "quelques centaines de personnes → 200–599"),
    it: W(
      "alcune centinaia|qualche centinaio|poche centinaia",
      "alcune centinaia di persone → 200–599",
    ),
    de: W(
      "einige hundert|einigen hundert|ein paar hundert|einige hunderte",
      "einige hundert Menschen → 200–599",
    ),
    ru: W(
      "несколько сотен|нескольких сотен|нескольким сотням|несколькими сотнями",
      "несколько сотен человек → 200–599",
    ),
    pt: W(
      "algumas centenas|umas centenas|poucas centenas",
      "algumas centenas de pessoas → 200–599",
    ),
  },
  "vague.several-hundred": {
    es: W(
      "varios cientos|varios centenares|varias centenas",
      "varios cientos de personas → 300–999",
    ),
    fr: W("plusieurs centaines", "plusieurs centaines de victimes → 300–999"),
    it: W(
      "diverse centinaia|parecchie centinaia|varie centinaia",
      "diverse centinaia di vittime → 300–999",
    ),
    de: W(
      "mehrere hundert|mehreren hundert|mehrere hunderte|etliche hundert",
      "mehrere hundert Opfer → 300–999",
    ),
    ru: W("многие сотни человек", "многие сотни человек → 300–999"),
    pt: W("várias centenas|diversas centenas", "várias centenas de vítimas → 300–999"),
  },
  "vague.thousands": {
    es: W("miles|millares|muchos miles", "miles de refugiados → 2 000–9 999"),
    fr: W("des milliers|milliers|de nombreux milliers", "des milliers de réfugiés → 2 000–9 999"),
    it: W("migliaia|molte migliaia", "migliaia di profughi → 2 000–9 999"),
    de: W("tausende|tausenden|viele tausende|abertausende", "Tausende Flüchtlinge → 2 000–9 999"),
    ru: W("тысячи|тысячами|многие тысячи", "тысячи беженцев → 2 000–9 999"),
    pt: W("milhares|muitos milhares", "milhares de refugiados → 2 000–9 999"),
  },
  "vague.a-few-thousand": {
    es: W("unos miles|unos pocos miles|algunos miles", "unos miles de personas → 2 000–5 999"),
    fr: W("quelques milliers", "quelques milliers de personnes → 2 000–5 999"),
    it: W(
      "alcune migliaia|qualche migliaio|poche migliaia",
      "alcune migliaia di persone → 2 000–5 999",
    ),
    de: W(
      "einige tausend|einigen tausend|ein paar tausend|einige tausende",
      "einige tausend Menschen → 2 000–5 999",
    ),
    ru: W(
      "несколько тысяч|нескольких тысяч|нескольким тысячам|несколькими тысячами",
      "несколько тысяч человек → 2 000–5 999",
    ),
    pt: W(
      "alguns milhares|uns milhares|poucos milhares",
      "alguns milhares de pessoas → 2 000–5 999",
    ),
  },
  "vague.several-thousand": {
    es: W("varios miles|varios millares", "varios miles de personas → 3 000–9 999"),
    fr: W("plusieurs milliers", "plusieurs milliers de personnes → 3 000–9 999"),
    it: W(
      "diverse migliaia|parecchie migliaia|varie migliaia",
      "diverse migliaia di persone → 3 000–9 999",
    ),
    de: W(
      "mehrere tausend|mehreren tausend|mehrere tausende|etliche tausend",
      "mehrere tausend Menschen → 3 000–9 999",
    ),
    ru: W("многие тысячи человек", "многие тысячи человек → 3 000–9 999"),
    pt: W("vários milhares|diversos milhares", "vários milhares de pessoas → 3 000–9 999"),
  },
  "vague.tens-of-thousands": {
    es: W("decenas de miles|decenas de millares", "decenas de miles de refugiados → 20 000–99 999"),
    fr: W(
      "des dizaines de milliers|dizaines de milliers",
      "des dizaines de milliers de réfugiés → 20 000–99 999",
    ),
    it: W("decine di migliaia", "decine di migliaia di profughi → 20 000–99 999"),
    de: W("zehntausende|zehntausenden|zehntausender", "Zehntausende Flüchtlinge → 20 000–99 999"),
    ru: W("десятки тысяч|десятков тысяч|десятками тысяч", "десятки тысяч беженцев → 20 000–99 999"),
    pt: W(
      "dezenas de milhares|dezenas de milhar",
      "dezenas de milhares de refugiados → 20 000–99 999",
    ),
  },
  "vague.hundreds-of-thousands": {
    es: W(
      "cientos de miles|centenares de miles|cientos de millares",
      "cientos de miles de refugiados → 200 000–999 999",
    ),
    fr: W(
      "des centaines de milliers|centaines de milliers",
      "des centaines de milliers de personnes → 200 000–999 999",
    ),
    it: W("centinaia di migliaia", "centinaia di migliaia di persone → 200 000–999 999"),
    de: W("hunderttausende|hunderttausenden", "Hunderttausende Menschen → 200 000–999 999"),
    ru: W("сотни тысяч|сотен тысяч|сотнями тысяч", "сотни тысяч беженцев → 200 000–999 999"),
    pt: W(
      "centenas de milhares|centenas de milhar",
      "centenas de milhares de pessoas → 200 000–999 999",
    ),
  },
  "vague.several-hundred-thousand": {
    es: W(
      "varios cientos de miles|varios centenares de miles",
      "varios cientos de miles de personas → 300 000–999 999",
    ),
    fr: W(
      "plusieurs centaines de milliers",
      "plusieurs centaines de milliers de personnes → 300 000–999 999",
    ),
    it: W(
      "diverse centinaia di migliaia|parecchie centinaia di migliaia",
      "diverse centinaia di migliaia di persone → 300 000–999 999",
    ),
    de: W(
      "mehrere hunderttausend|mehrere hunderttausende|mehreren hunderttausend",
      "mehrere hunderttausend Menschen → 300 000–999 999",
    ),
    ru: W(
      "несколько сотен тысяч|нескольких сотен тысяч",
      "несколько сотен тысяч человек → 300 000–999 999",
    ),
    pt: W(
      "várias centenas de milhares|diversas centenas de milhares",
      "várias centenas de milhares de pessoas → 300 000–999 999",
    ),
  },
  "vague.millions": {
    es: W("millones", "millones de personas → 2 000 000–9 999 999"),
    fr: W("des millions|millions", "des millions de personnes → 2 000 000–9 999 999"),
    it: W("milioni", "milioni di persone → 2 000 000–9 999 999"),
    de: W("millionen", "Millionen Menschen → 2 000 000–9 999 999"),
    ru: W("миллионы|миллионов", "миллионы людей → 2 000 000–9 999 999"),
    pt: W("milhões", "milhões de pessoas → 2 000 000–9 999 999"),
  },
  "season.spring": {
    es: W("primavera", "la primavera de 1990"),
    fr: W("printemps|au printemps", "printemps 1990"),
    it: W("primavera", "primavera 1990"),
    de: W("frühling|frühjahr", "Frühjahr 1990"),
    ru: W("весной|весна|весны|весну", "весной 1990 года"),
    pt: W("primavera", "primavera de 1990"),
  },
  "season.summer": {
    es: W("verano", "el verano de 1988"),
    fr: W("été|l'été", "l'été 1988"),
    it: W("estate", "l'estate del 1988"),
    de: W("sommer", "Sommer 1988"),
    ru: W("летом|лето|лета", "летом 1988 года"),
    pt: W("verão", "verão de 1988"),
  },
  "season.autumn": {
    es: W("otoño", "el otoño de 1989"),
    fr: W("automne|l'automne", "l'automne 1989"),
    it: W("autunno", "autunno 1989"),
    de: W("herbst", "Herbst 1989"),
    ru: W("осенью|осень|осени", "осенью 1989 года"),
    pt: W("outono", "outono de 1989"),
  },
  "season.winter": {
    es: W("invierno", "el invierno de 1990"),
    fr: W("hiver|l'hiver", "l'hiver 1990"),
    it: W("inverno", "inverno 1990"),
    de: W("winter", "Winter 1990"),
    ru: W("зимой|зима|зимы", "зимой 1990 года"),
    pt: W("inverno", "inverno de 1990"),
  },
  "part.early": {
    es: W(
      "principios de|a principios de|comienzos de|a comienzos de|inicios de|a inicios de|primeros de|el comienzo de|el inicio de",
      "a principios de 1990",
    ),
    fr: W(
      "début|au début de|début de|le début de|au début de l'année|début d'|les premiers jours de|premiers jours de|au début du mois de|début du mois de",
      "début 1990",
    ),
    it: W(
      "inizio|all'inizio del|inizio del|all'inizio di|agli inizi del|inizi del|primi del",
      "all'inizio del 1990",
    ),
    de: W("anfang|zu beginn|beginn|zu beginn des jahres|anfang des jahres", "Anfang 1990"),
    ru: W("в начале|начало|начала|в начале года", "в начале 1990 года"),
    pt: W(
      "início de|no início de|começo de|no começo de|inícios de|princípios de",
      "no início de 1990",
    ),
  },
  "part.mid": {
    es: W("mediados de|a mediados de", "a mediados de 1989"),
    fr: W("mi-|milieu de|au milieu de|la mi-|à la mi-", "mi-1989"),
    it: W("metà|a metà|metà del|a metà del", "a metà del 1989"),
    de: W("mitte", "Mitte 1989"),
    ru: W("в середине|середина|середины", "в середине 1989 года"),
    pt: W("meados de|em meados de", "em meados de 1989"),
  },
  "part.late": {
    es: W(
      "finales de|a finales de|fines de|a fines de|fin de|al final de|el final de|los últimos días de|últimos días de",
      "a finales de 1989",
    ),
    fr: W(
      "fin|à la fin de|fin de|la fin de|fin d'|les derniers jours de|derniers jours de|à la fin du mois de|fin du mois de",
      "fin 1989",
    ),
    it: W(
      "fine|alla fine del|fine del|alla fine di|sul finire del|gli ultimi giorni di|ultimi giorni di",
      "alla fine del 1989",
    ),
    de: W("ende|gegen ende|ende des jahres|in den letzten tagen", "Ende 1989"),
    ru: W("в конце|конец|конца|в конце года|в последние дни", "в конце 1989 года"),
    pt: W(
      "final de|no final de|fim de|no fim de|finais de|fins de|em fins de|em finais de|os últimos dias de|últimos dias de",
      "no final de 1989",
    ),
  },
  "part.first-half": {
    es: W("la primera mitad de|primera mitad de|el primer semestre de", "la primera mitad de 1990"),
    fr: W(
      "la première moitié de|première moitié de|le premier semestre",
      "la première moitié de 1990",
    ),
    it: W("la prima metà del|prima metà del|il primo semestre del", "la prima metà del 1990"),
    de: W(
      "die erste hälfte|der ersten hälfte|erste hälfte|im ersten halbjahr",
      "in der ersten Hälfte 1990",
    ),
    ru: W("в первой половине|первая половина|первой половины", "в первой половине 1990 года"),
    pt: W(
      "a primeira metade de|primeira metade de|o primeiro semestre de",
      "a primeira metade de 1990",
    ),
  },
  "part.second-half": {
    es: W(
      "la segunda mitad de|segunda mitad de|el segundo semestre de",
      "la segunda mitad de 1990",
    ),
    fr: W(
      "la seconde moitié de|la deuxième moitié de|seconde moitié de|deuxième moitié de|le second semestre",
      "la seconde moitié de 1990",
    ),
    it: W(
      "la seconda metà del|seconda metà del|il secondo semestre del",
      "la seconda metà del 1990",
    ),
    de: W(
      "die zweite hälfte|der zweiten hälfte|zweite hälfte|im zweiten halbjahr",
      "in der zweiten Hälfte 1990",
    ),
    ru: W("во второй половине|вторая половина|второй половины", "во второй половине 1990 года"),
    pt: W(
      "a segunda metade de|segunda metade de|o segundo semestre de",
      "a segunda metade de 1990",
    ),
  },
  "time.night-of": {
    es: W(
      "la noche del|noche del|la noche de|en la noche del",
      "la noche del 19 al 20 de enero de 1990",
    ),
    fr: W("la nuit du|nuit du|dans la nuit du", "dans la nuit du 19 au 20 janvier 1990"),
    it: W(
      "la notte del|notte del|la notte tra|notte tra|nella notte del|nella notte tra",
      "la notte del 19 gennaio 1990",
    ),
    de: W(
      "in der nacht zum|in der nacht vom|nacht zum|nacht vom|in der nacht auf",
      "in der Nacht zum 20. Januar 1990",
    ),
    ru: W("в ночь на|в ночь с|ночью", "в ночь на 20 января 1990 года"),
    pt: W("a noite de|na noite de|noite de", "na noite de 19 de janeiro de 1990"),
  },
  "time.part-of-day": {
    es: W(
      "la tarde del|la mañana del|por la tarde del|por la mañana del",
      "la tarde del 27 de febrero de 1988",
    ),
    fr: W(
      "le soir du|le matin du|l'après-midi du|au soir du|au matin du",
      "le soir du 27 février 1988",
    ),
    it: W("la sera del|la mattina del|il pomeriggio del", "la sera del 27 febbraio 1988"),
    de: W("am abend des|am morgen des|am nachmittag des", "am Abend des 27. Februar 1988"),
    ru: W("вечером|утром|днём|днем", "вечером 27 февраля 1988 года"),
    pt: W("a tarde de|a manhã de|na tarde de|na manhã de", "na tarde de 27 de fevereiro de 1988"),
  },
  "bound.by": {
    es: W("a más tardar", "a más tardar en 1990 → …1990-12-31"),
    fr: W("au plus tard", "au plus tard en 1990 → …1990-12-31"),
    it: W("entro il|entro|non oltre il", "entro il 1990 → …1990-12-31"),
    de: W("spätestens|bis spätestens", "spätestens 1990 → …1990-12-31"),
    ru: W("к|не позднее", "к 1990 году → …1990-12-31"),
    pt: W("o mais tardar em", "o mais tardar em 1990 → …1990-12-31"),
  },
  "bound.until": {
    es: W("hasta|hasta el|hasta que en", "hasta 1990 → …1990-12-31"),
    fr: W("jusqu'à|jusqu'au|jusqu'en", "jusqu'en 1990 → …1990-12-31"),
    it: W("fino al|fino a|sino al|fino all'", "fino al 1990 → …1990-12-31"),
    de: W("bis|bis zum|bis ins jahr", "bis 1990 → …1990-12-31"),
    ru: W("вплоть до|по", "вплоть до 1990 года → …1990-12-31"),
    pt: W("até|até ao|até o", "até 1990 → …1990-12-31"),
  },
  "bound.before": {
    es: W("antes de|antes del", "antes de 1990 → …1989-12-31"),
    fr: W("avant|avant le", "avant 1990 → …1989-12-31"),
    it: W("prima del|prima di|prima dell'", "prima del 1990 → …1989-12-31"),
    de: W("vor", "vor 1990 → …1989-12-31"),
    ru: W("до|перед", "до 1990 года → …1989-12-31"),
    pt: W("antes de|antes do", "antes de 1990 → …1989-12-31"),
  },
  "bound.since": {
    es: W("desde|desde el|a partir de", "desde 1988 → 1988-01-01…"),
    fr: W("depuis|dès|à partir de|depuis le", "depuis 1988 → 1988-01-01…"),
    it: W("dal|dall'|a partire dal|sin dal", "dal 1988 → 1988-01-01…"),
    de: W("seit|ab", "seit 1988 → 1988-01-01…"),
    ru: W("с|начиная с|со", "с 1988 года → 1988-01-01…"),
    pt: W("desde|a partir de|desde o", "desde 1988 → 1988-01-01…"),
  },
  "bound.after": {
    es: W("después de|después del|tras", "después de 1991 → 1992-01-01…"),
    fr: W("après", "après 1991 → 1992-01-01…"),
    it: W("dopo il|dopo", "dopo il 1991 → 1992-01-01…"),
    de: W("nach", "nach 1991 → 1992-01-01…"),
    ru: W("после", "после 1991 года → 1992-01-01…"),
    pt: W("depois de|após|depois do", "depois de 1991 → 1992-01-01…"),
  },
};

/** The rules with their wording in every language the readers know (see `wordings`). */
export function withLanguages<T extends Record<string, Rule>>(table: T): T {
  const out: Record<string, Rule> = {};
  for (const [id, rule] of Object.entries(table)) {
    const languages = wordings[id];
    out[id] = languages ? { ...rule, languages } : rule;
  }
  return out as T;
}
