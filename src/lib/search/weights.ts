/**
 * Every number the search ranks, quotes, answers and corrects with, in one place. The order of
 * precedence (coverage, then the whole phrase, then the lead body, then the weighted score) is
 * in rank.ts; these are the amounts. A change here is measured with the relevance test
 * (tests/serve/relevance.test.ts) on the tuning part only; the held-out parts are never tuned on.
 */
export const RANKING = {
  /** Which of the query's words a provision must hold. */
  required: {
    /**
     * A group held by more than this share of the provisions (人工智能, "intelligent") is not
     * required when rarer groups are typed: nearly every provision holds it, so it tells none apart.
     */
    commonShare: 0.6,
    /**
     * A question of this many required words or more may carry one that is incidental to what it
     * asks ("how many AI experts does the city aim to recruit": aim). A provision lacking one of
     * them stands with the full matches when it scores more than `nearFactor` times the best of
     * them (task 3 on experts and recruiting, above the guiding ideology, which holds "aim" and
     * names experts once). It still says which word it lacks.
     */
    nearWords: 3,
    nearFactor: 1.25,
  },

  /** The weighted count that orders provisions matching alike (rank.ts). */
  score: {
    /**
     * idf = ln(1 + N / (df + smoothing)): a word few provisions hold weighs more. Each of a
     * group's alternatives weighs by its own idf ("grants": funds above support), times its weight.
     */
    idfSmoothing: 0.5,
    /** A word in the title: the provision is about it. */
    title: 2.5,
    /**
     * … unless this many titles or more hold it ("Implement a major programme for …" heads six
     * tasks): it then says what kind of provision it is, not what it is about, and weighs as
     * in the text ("implementation timeline": the work mechanism, not a programme's title).
     */
    titleCommon: 5,
    /** A word in the provision's own text counts 1 (times its alternative's weight). */
    text: 1,
    /**
     * Each further mention of the word in the text (in the same sentence or another: "industry
     * standards …; mutual recognition of standards") adds this share of the text weight …
     */
    repeat: 0.25,
    /** … for at most this many further mentions, so a long list cannot outweigh a title. */
    repeatCap: 3,
    /**
     * The text's mentions count more in a short provision than in a long one, as in BM25: times
     * 1 / (1 − b + b × length / mean length), b this. A provision on chips (task 5, 90 characters)
     * is more about 芯片 than a long list of research directions that names it once (task 1).
     */
    lengthNorm: 0.25,
    /** A word only in the names of its bodies, places and topics: found by, but not about. */
    names: 0.6,
    /**
     * A word only in its readers' words (content/search.yaml `about`): it is about it in other
     * words. Below its own text, above a body's name.
     */
    about: 0.7,
    /** The word names the provision's lead body (the first of its responsibility bracket). */
    lead: 0.8,
    /** English: each pair of the query's neighbouring words the text holds in a row ("AI chips"), times the idf of its rarer word (one of the two may be a common word: "AI"). */
    pair: 0.5,
    /**
     * Among partial matches, in either script, the one holding the rarer words first ("AI safety
     * research": safety, which one provision holds, before research, which many hold): the sum of
     * the held words' idf (each times the weight of the best alternative held: the reader's own
     * word 1, a synonym or the thesaurus's guess less), rounded to bands this wide, is a key of the order: matches in one band
     * are ordered by the number of words held and the score ("digital infrastructure": the title
     * of task 10 over the one mention of "digital" in task 11). Bands, not a margin compared
     * pairwise, so that the order is a total one (rank.ts, `rarityBand`).
     */
    partialMargin: 1,
    /**
     * English: the query's head word (query.ts: "money for startups", "AI security") weighs this
     * much more than its other words, which only narrow it.
     */
    head: 0.5,
    /** Chinese: each of the query's two-character pieces in the text, to break ties (知识, 产权). */
    bigram: 0.05,
    /**
     * A who-question (哪个部门管人工智能): the plan's words for being in charge (负责, 统筹协调,
     * content/search.yaml `questions.charge`) weigh this times their idf, never required.
     */
    charge: 1,
  },

  /** When a name (a body's, its alias's, a place's, a topic's) finds a provision (rank.ts). */
  names: {
    /**
     * Where the plan's text holds the word, a name counts only if the reader named it: the
     * query is the name but for at most this many words (English) or characters (Chinese), so
     * "Intellectual Property Office" names the Municipal Intellectual Property Office and 科技局
     * names 市科技局, but "intellectual property" and 知识产权 name nothing.
     */
    slack: 1,
  },

  /**
   * The reviewed synonyms' words (content/search.yaml `synonyms`), after the reader's own (1): the
   * first weighs `first`, each further one `step` less, none less than `min` (the thesaurus's
   * guesses weigh less still: `thesaurus` below).
   */
  synonyms: { first: 0.95, step: 0.1, min: 0.5 },

  /**
   * English: the thesaurus's words (thesaurus.ts, from WordNet) for a query word the plan does
   * not write. Below the reader's own word (1) and the reviewed synonyms (0.95 down to 0.5).
   */
  thesaurus: {
    /** the first of them weighs this … */
    weight: 0.45,
    /** … each further one this less … */
    step: 0.05,
    /** … and at most this many are tried */
    max: 4,
  },

  /** The whole-phrase rank: the query's words in a row, with the plan's words put in for the reader's. */
  phrase: {
    /** The first alternatives of each group tried in the phrase variants. */
    alternatives: 4,
    /** At most this many variants (the product of the groups' alternatives grows fast). */
    variants: 32,
  },

  /** The direct answers above the results (answers.ts). */
  answers: {
    /** At most this many bodies, places, topics and the targets ledger. */
    max: 4,
    /** Rank = level × this (3: the query is the name; 2: holds it; 1: the name holds the query) … */
    level: 100,
    /** … + this × how much of the name the query covers (0–1) … */
    closeness: 50,
    /** … + the kind: among equal matches the more specific first. */
    kindOrder: { place: 3, body: 2, topic: 1 },
    /** The targets ledger: above a name the query only holds, below one it is or holds whole. */
    targets: 250,
  },

  /** The quoted sentence (snippet.ts). */
  snippet: {
    /** Longest quote before it is cut, in characters: Chinese, and English. */
    maxHan: 96,
    maxLatin: 280,
    /** The window starts a 1/this of its length before the first mark. */
    beforeMarkDivisor: 3,
  },

  /** A correction for a misspelt query (suggest.ts). */
  suggest: {
    /** English: words shorter than this are never corrected (and never offered). */
    minWord: 5,
    /** English: one edit for a shorter word, two from this length on. */
    twoEditsFrom: 8,
    /** Chinese: glossary names shorter than this are never offered. */
    minNameHan: 3,
  },
} as const;
