"""Comparison on the example corpus and the seeds: planted disagreements, updates, no false alarms."""
import pytest

from conftest import brief_with, ecb_rows, needs_shared


def _conflicts(brief):
    return [(c["slot"], c["update"], {v["value"] for v in c["values"]}) for f in brief["facts"] for c in f["conflicts"]]


def test_number_disputes(examples_run):
    _, _, briefs = examples_run
    assert ("number", False, {"42 people", "36 people"}) in _conflicts(brief_with(briefs, "lakesidecourier-ferry.html"))
    assert ("number", False, {"1,500 jobs", "1,200 jobs"}) in _conflicts(brief_with(briefs, "techcircuit-layoffs.txt"))


def test_approximate_numbers_are_compatible(examples_run):
    _, _, briefs = examples_run
    brief = brief_with(briefs, "ardenobserver-layoffs.html")
    for slot, _, values in _conflicts(brief):
        assert "about 1,200 jobs" not in values


def test_rising_toll_is_an_update_not_a_dispute(examples_run):
    _, _, briefs = examples_run
    brief = brief_with(briefs, "lakesidecourier-ferry.html")
    tolls = [c for c in _conflicts(brief) if c[0] == "number" and "three people dead" in c[2]]
    assert tolls and all(update for _, update, _ in tolls)


def test_place_person_polarity_and_date_disputes(examples_run):
    _, _, briefs = examples_run
    summit = _conflicts(brief_with(briefs, "globalledger-summit.html"))
    assert ("place", False, {"port selwyn", "halden"}) in summit
    assert ("person", False, {"amara osei", "lena varga"}) in summit
    layoffs = _conflicts(brief_with(briefs, "businessbeacon-layoffs.html"))
    assert ("polarity", False, {"asserted", "denied"}) in layoffs
    theft = _conflicts(brief_with(briefs, "artwire-theft.html"))
    assert ("date", False, {"2026-06-06", "2026-06-07"}) in theft


def test_every_planted_disagreement_is_found(examples_run, expected):
    """examples/expected.json lists what the example outlets disagree on: each is raised,
    as a dispute or, for a rising toll, as an update."""
    _, _, briefs = examples_run
    for planted in expected["disagreements"]:
        brief = brief_with(briefs, expected["stories"][planted["story"]][0])
        found = {(slot, update) for slot, update, _ in _conflicts(brief)}
        assert (planted["slot"], planted.get("update", False)) in found, planted["about"]


def test_the_ferry_is_dated_twice_each_date_in_its_outlets_words(examples_run):
    """Merrow Herald: 'overturned on Monday night'; the others: 'on Tuesday'. The dispute
    holds both dates, and the timeline shows each with the sentence that gives it."""
    _, _, briefs = examples_run
    brief = brief_with(briefs, "merrowherald-ferry.txt")
    assert ("date", False, {"2026-03-09", "2026-03-10"}) in _conflicts(brief)
    said = {(e["date"], e["what"]) for e in brief["timeline"]}
    assert any(d == "2026-03-09" and "Monday night" in what for d, what in said)
    assert any(d == "2026-03-10" and "Tuesday" in what for d, what in said)


def test_paraphrases_raise_no_conflict(examples_run):
    _, _, briefs = examples_run
    boat = brief_with(briefs, "rivertimes-ferry2024.html")     # two outlets telling the same facts in other words
    assert _conflicts(boat) == []
    assert sum(f["status"] == "corroborated" for f in boat["facts"]) >= 3


def test_copies_do_not_corroborate(examples_run):
    _, _, briefs = examples_run
    brief = brief_with(briefs, "valleypost-ferry.html")
    copy_id = next(a["id"] for a in brief["articles"] if a["copy_of"])
    assert not any(c["article"] == copy_id for f in brief["facts"] for c in f["claims"])


@needs_shared
def test_seed_disputes_and_style(seeds_run):
    _, _, (brief,) = seeds_run
    disputed = [f for f in brief["facts"] if f["status"] == "disputed"]
    dates = [c for f in disputed for c in f["conflicts"] if c["slot"] == "date"]
    values = [sorted(v["value"] for v in c["values"]) for c in dates]
    meeting = ["2025-09-03", "on or before 2025-09-02 (told as already done in a report of that date)"]
    assert meeting in values                                  # held 3 Sept vs already held by 2 Sept
    assert ["2025-09-03", "2025-09-04"] in values             # the parade: 4 Sept vs the day after 2 Sept
    # the meeting is dated by the next sentence ('This significant gathering, held on ...'), and says so
    (meeting_entry,) = [e for e in brief["timeline"] if e["what"].startswith("URGENT UPDATE")]
    assert meeting_entry["counted_from"]["text"].startswith("This significant gathering, held on September 3, 2025")
    by_outlet = {o["outlet"]: o["signals"] for o in brief["outlets"]}
    clean, scraped = by_outlet["000_244b68708c82cdab"], by_outlet["001_78092a5fef7a27f4"]
    assert clean["urgency"] > 0 and scraped["urgency"] == 0
    urgency = next(a for a in brief["articles"] if a["outlet"] == "000_244b68708c82cdab")["style"]["urgency"]
    assert {"URGENT UPDATE", "Stay tuned"} <= {e["text"] for e in urgency["evidence"]}



@needs_shared
def test_attribution_counts_unnamed_sources_and_measures_their_share():
    """ECB+ 8_2ecb: 'But police said ...' and 'An explosion ... officials said' are
    attributed though they name no one; the share of such sources is a framing signal of
    its own. Gregg Hastings, named, is not among them."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.style import article_style
    article = to_article(ecb_rows("8_2ecb")["8_2ecb"])
    style = article_style(article, analyze(article))
    unnamed = [e["text"] for e in style["unnamed_source_share"].evidence]
    assert any(t.startswith("But police said the investigation") for t in unnamed)
    assert not any("Hastings" in t for t in unnamed)
    named = [e["text"] for e in style["attributed_share"].evidence if e["text"] not in unnamed]
    assert any("Hastings" in t for t in named)
    assert 0 < style["unnamed_source_share"].value < 1 and 0 < style["attributed_share"].value < 1

def test_negation_in_a_subordinate_clause_is_a_polarity_dispute():
    """Two reports of one ECB+ sentence, one negating the clause after 'but'."""
    from newsweave.analyze import analyze_many
    from newsweave.compare.conflicts import find_conflicts
    from newsweave.model import Article
    said = ("The Chiefs went on a 68-yard drive midway through the second quarter, but the drive was halted "
            "when running back Jamaal Charles lost a fumble on the Colts 16-yard line.")
    articles = {"a": Article(id="a", body=said, outlet="one"),
                "b": Article(id="b", body=said.replace("was halted", "was not halted"), outlet="two")}
    claims = [c for n in analyze_many(list(articles.values())) for c in n.claims]
    (conflict,) = find_conflicts(claims, articles)
    assert conflict.slot == "polarity" and not conflict.update
    assert sorted(v.value for v in conflict.values) == ["'halt' asserted", "'halt' denied"]
    # a source that would not say is not a denial of what another report says
    quiet = {"a": Article(id="a", body="Fanning says the incident was extremely traumatic for witnesses.", outlet="one"),
             "b": Article(id="b", body="Fanning couldn't say if the incident was traumatic for witnesses.", outlet="two")}
    claims = [c for n in analyze_many(list(quiet.values())) for c in n.claims]
    assert not [c for c in find_conflicts(claims, quiet) if c.slot == "polarity"]


def _pair_conflicts(first: str, second: str, published=("2013-01-05", "2013-01-05"), outlets=("one", "two")):
    from newsweave.analyze import analyze_many
    from newsweave.compare.conflicts import find_conflicts
    from newsweave.model import Article
    articles = {"a": Article(id="a", body=first, outlet=outlets[0], published=published[0]),
                "b": Article(id="b", body=second, outlet=outlets[1], published=published[1])}
    claims = [c for n in analyze_many(list(articles.values())) for c in n.claims]
    return [(c.slot, sorted(v.value for v in c.values)) + (("update",) if c.update else ())
            for c in find_conflicts(claims, articles)]


def test_two_ages_are_two_people_when_their_descriptions_differ():
    """ECB+ (stuff.co.nz, Sky News): two climbers died on Mount Cook that weekend; a
    36-year-old Australian and a 32-year-old Briton are two people, not a dispute over one
    age. Two outlets giving one man two ages still disagree."""
    assert _pair_conflicts("Yesterday, a 36-year - old Australian climber died after falling about 150 metres at Mt Cook.",
                           "A 32-year - old British climber, described as \"lacking experience\", dies after falling "
                           "from a mountain in New Zealand.") == []
    assert _pair_conflicts("Police said the 36-year-old Australian climber died after falling at Mt Cook.",
                           "The 32-year-old Australian climber died after falling at Mt Cook, police said.") == [
        ("number", ["32-year-old", "36-year-old"])]


def test_two_reports_of_one_outlet_or_weeks_apart_are_no_dispute():
    """PolNeAR: Breitbart's live pages of 20 February and 15 March 2016 both tally the
    delegates. Told by two outlets the same day the counts would be a dispute; one outlet's
    two reports are its story moving on, and two outlets' reports weeks apart are too."""
    first = "Ted Cruz has 11 delegates, Marco Rubio has 10, John Kasich has five."
    second = "Ted Cruz has 370 delegates, Kasich has 129 and Rubio left the race with 163."
    same_day, weeks_apart = ("2016-03-15", "2016-03-15"), ("2016-02-20", "2016-03-15")
    assert _pair_conflicts(first, second, same_day) == [("number", ["11 delegates", "370 delegates"])]
    assert _pair_conflicts(first, second, same_day, outlets=("breitbart", "breitbart")) == []
    # two outlets weeks apart: the later tally is an update, not a dispute
    assert _pair_conflicts(first, second, weeks_apart) == [("number", ["11 delegates", "370 delegates"], "update")]


def test_what_would_not_have_been_done_denies_nothing():
    """ECB+: the coach's counterfactual is no denial of the move the other reports tell."""
    assert _pair_conflicts("The Saints placed Bush on the injured reserve list Wednesday with a sprained left knee.",
                           "Payton said the Saints, who were eliminated from playoff contention over the weekend, would "
                           "not have placed Bush on injured reserve if they were still fighting to reach the "
                           "postseason.") == []


def test_real_same_event_sentences_that_do_not_disagree():
    """Pairs from ECB+ reports of one event that an earlier version called disputes."""
    # two players' counts; a count in one game and one over a career or a season
    assert _pair_conflicts("Danny Green scored 14 points, while Ty Lawson posted 15 points and eight assists in the win.",
                           "Danny Green (14 points) became the 61st player in UNC history to score 1,000 points when "
                           "he buried a 3-pointer in the second half.") == []
    assert _pair_conflicts("Last season it was Thomas that led the Saints in rushing, posting 793 total yards in 14 games.",
                           "After joining the Saints as an undrafted rookie, he rushed for 716 yards in 12 games and "
                           "had a team-leading five rushing TDs.") == []
    # a town's population is not a death toll; 13 of a season's homers are not 33 of them
    assert _pair_conflicts("The last major quake rocked Zarand, a town of about 15,000 people in Kerman province.",
                           "In February, a quake hit the southern town of Zarand, killing 612 people.") == []
    assert _pair_conflicts("After being acquired this past season, Teixeira hit .358 with 13 homers and 43 RBIs in "
                           "54 games with the Angels.",
                           "Playing in a combined 157 games with the Angels and Braves, Teixeira had 33 homers and "
                           "121 RBIs along with a career-best .308 average.") == []
    # a count still needed is not the count scored; a range holds the other outlet's figure
    assert _pair_conflicts("Hansbrough needed just nine points in the game to eclipse Phil Ford for the top spot.",
                           "Hansbrough finished the game with 20 points and nine rebounds.") == []
    assert _pair_conflicts("Other teams in the battle for Teixeira are the Baltimore Orioles (seven years, "
                           "$140-150 million), Washington Nationals (eight years, $160 million) and Boston Red Sox.",
                           "The Nationals offered him the same deal as the Angels, the Orioles have made an offer "
                           "between $140 and $150 million over seven years.") == []
    # a later report of an upgraded offer revises the first one: an update, not a dispute
    assert [c[-1] for c in _pair_conflicts("ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million "
                           "contract.",
                           "One report posted online last night suggested that the Washington Nationals have upgraded "
                           "their initial offer to Teixeira - eight years, $160 million - to somewhere between $178 "
                           "million and $184 million.", ("2008-12-11", "2008-12-23"))] == ["update"]
    # the dead and the injured of one quake, each count read within its own clause; the quake's 40 injured
    # are not the island's three, whose number the first report gives apart ('15 of them on Qeshm')
    assert _pair_conflicts("A powerful quake struck southern Iran near Qeshm island, killing at least seven people "
                           "and injuring 40, 15 of them on Qeshm.",
                           "Iran's state television says a magnitude-5.2 quake has injured three people in the "
                           "Persian Gulf Island of Qeshm.") == []
    # one speaker with and without his middle initial; a speaker we resolved from "he"
    quote = "determined to use every last minute in office to wreak as much havoc as possible on our nation"
    assert _pair_conflicts(f'Committee Chairman Rep. Edward Markey (D-Mass.) said the administration was "{quote}."',
                           f'"The Bush administration appears to be {quote}," said Edward J. Markey (D-Mass.).') == []
    privacy = '"We appreciate your respect to her and her family\'s privacy at this time," he said.'
    assert _pair_conflicts(f"Reid's representative Jack Ketsoyan confirmed the stay. {privacy}",
                           f"Tara Reid has entered rehab. {privacy}") == []
    # "have no information" and "don't have any leads" both deny
    assert _pair_conflicts('"We have no information on intent or motive," the police chief said.',
                           '"We just don\'t have any leads at all as far as the intent or motive in this," '
                           'the police chief said.') == []
    # the same words re-posted two months later: "Thursday evening" is not in dispute
    told = ("Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co-workers at the "
            "northeast Philadelphia plant, police said.")
    assert _pair_conflicts(told, told, ("2010-09-09", "2010-11-04")) == []


def test_counts_of_other_players_other_moments_and_stretches_are_no_dispute():
    """ECB+ sentences of one game that an earlier version called disputes."""
    # two players, each named with his own count (a runner, a kicker)
    assert _pair_conflicts("Jamaal Charles rushed for 226 yards while Peyton Hillis added 101.",
                           "RB Peyton Hillis rushed for 101 yards.") == []
    assert _pair_conflicts("He threw two touchdown passes and set up a game-tying 45-yard field goal by Adam Vinatieri.",
                           "Ryan Succop hit a 47-yard field goal moments later to tie the game.") == []
    # a pass and a drive, each measured in yards
    assert _pair_conflicts("The Colts offense went on a 13-play drive starting at their own 27, ate up 6:05 of the "
                           "clock, and capped it off with a 7-yard touchdown pass from Luck to (who else) Reggie Wayne.",
                           "The Colts embarked on a 13-play, 73-yard drive that was capped off when quarterback Andrew "
                           "Luck found Wayne in the back of the end zone for the game-winning score.") == []
    # two moments of one game: a 14-0 lead is a score, not '0 lead' against '7 lead'
    assert _pair_conflicts("On their second drive, the Jaguars scored again, jumping to a 14-0 lead with a 2-yard "
                           "touchdown run by Garrard.",
                           "The Jaguars scored touchdowns on their first two drives and then tacked on a Josh Scobee "
                           "field goal with one second left in the first half for a 17-7 lead at halftime.") == []
    assert _pair_conflicts("On their second drive, the Jaguars scored again, jumping to a 14-0 lead with a 2-yard "
                           "touchdown run by Garrard.",
                           "Charles' big day included an 86-yard touchdown run on the first play of the second half.") == []
    # a stretch of a game or a fight is not the whole of it
    assert _pair_conflicts("He caught five passes for 68 yards in the first half.",
                           "On the last drive he caught 3 passes for 37 yards and a touchdown.") == []
    assert _pair_conflicts("The final numbers showed Klitschko landing 178 of 369 punches thrown while Rahman "
                           "connected on just 30 of 207 punches thrown.",
                           "In fact, Klitschko landed 28 of his 68 punches thrown during the round, while Rahman "
                           "connected on just 1-of-16 over those three minutes.") == []
    assert _pair_conflicts("Manning completed 29 of 34 passes for 364 yards and 3 touchdowns in the Colts ' 31-24 "
                           "victory over the Jaguars at Jacksonville Municipal Stadium.",
                           "Manning finished with 29-of-34 after completing his first 17 passes and threw for 364 "
                           "yards, including three touchdowns.") == []


def test_scores_and_counts_told_by_different_sources_are_still_disputed():
    assert _pair_conflicts("He set up a game-tying 45-yard field goal.", "He set up a game-tying 47-yard field goal.") \
        == [("number", ["45-yard", "47-yard"])]
    # the same stretch, two ways (ECB+, the 76ers' form)
    form = ("the 76ers have opened 9-14 with eight losses in their last 10 games, including Friday's dispirited "
            "88-72 setback at Cleveland.")
    assert _pair_conflicts(form, form.replace("last 10", "last 36")) == [("number", ["10 games", "36 games"])]
    # one player's catches in one game, two ways; the same game's score, two ways (the Colts won 31-24)
    assert _pair_conflicts("He caught five passes for 68 yards.", "He caught 3 passes for 68 yards.") \
        == [("number", ["3 passes", "five passes"])]
    assert _pair_conflicts("Manning led the Colts to a 31-24 victory over the Jaguars on Thursday night.",
                           "Manning led the Colts to a 31-21 victory over the Jaguars on Thursday night.") \
        == [("number", ["31-21 victory", "31-24 victory"])]
    # two outlets each credit a different body with the figure: who tells it is no other agent (ECB+)
    (conflict,) = _pair_conflicts("The 5.9-magnitude quake struck Qeshm island, home to 120,000 people, state media said.",
                                  "The quake was centred near Qeshm Island, home to 200,000 people, the U. S. "
                                  "Geological Survey said.")
    assert conflict == ("number", ["120,000 people", "200,000 people"])


def test_an_earlier_event_recalled_as_background_is_no_date_dispute():
    """ECB+: a report of November's quake recalls February's; a few days' difference stays a dispute."""
    news = ("An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing at least 10 people "
            "and injuring many others.")
    assert _pair_conflicts(news, "A 6.4-magnitude quake hit the town of Zarand in Iran's Kerman province in February, "
                                 "killing hundreds of people.", ("2005-11-27", "2005-11-28")) == []
    assert _pair_conflicts(news, news.replace("Sunday", "Friday"), ("2005-11-27", "2005-11-28")) \
        == [("date", ["2005-11-25", "2005-11-27"])]


def test_what_one_person_is_not_another_may_be():
    """ECB+ (two reports on the Hunger Games sequel): no polarity dispute between two subjects."""
    assert _pair_conflicts("Unlike stars Jennifer Lawrence, Josh Hutcherson and Liam Hemsworth, Ross is not signed for "
                           "a sequel.",
                           "Meanwhile, the film's main stars, including Jennifer Lawrence, Josh Hutcherson, and Liam "
                           "Hemsworth, are all signed on for the rest of the movies in the series.") == []
    assert _pair_conflicts("Ross is not signed for a sequel.", "Ross is signed for a sequel.") \
        == [("polarity", ["asserted", "denied"])]


def test_lines_with_no_verb_tell_no_event_to_date():
    """Two tour listings from the ScrapingHub pages (Billboard, Rolling Stone): two shows, not
    one event dated twice."""
    assert _pair_conflicts("June 27 -- BB&T Pavilion, Camden, NJ", "October 3 – Phoenix, AZ @ Ak-Chin Pavilion",
                           ("2019-11-19", "2019-11-19")) == []


def test_a_town_and_its_state_abbreviated_are_no_place_dispute():
    """ECB+: 'in Tennessee' and 'in Nashville, Tenn.' (the Associated Press's abbreviation)."""
    assert _pair_conflicts("Page was born to a poor family in Tennessee on April 22, 1923.",
                           "Page was born on April 22, 1923, in Nashville, Tenn.") == []


def test_a_real_count_dispute_in_paraphrase_is_kept():
    (conflict,) = _pair_conflicts(
        "Millions of people across the Middle East and Asia have lost access to the internet after two undersea "
        "cables in the Mediterranean suffered severe damage.",
        "Parts of Asia, the Middle East, and Europe experienced Internet and telephone outages Friday when three "
        "undersea cables between Italy and Egypt in the Mediterranean Sea were damaged.")
    slot, values = conflict
    assert slot == "number" and [v.split()[0] for v in values] == ["three", "two"]


def test_a_count_is_compared_with_the_count_for_the_same_place():
    (conflict,) = _pair_conflicts(
        "It is thought that 65% of traffic to India was down, while services to Singapore and Egypt have also "
        "been severely affected.",
        "Orange officials told Bloomberg that as much as 55 percent of voice traffic in Saudi Arabia, 52 percent "
        "in Egypt, and 82 percent in India was out of service.")
    assert conflict == ("number", ["65%", "82 percent"])


def test_a_day_inside_the_weekend_another_outlet_names_is_no_dispute():
    """ECB+: one report dates the arrest 'early Sunday', another 'last weekend'."""
    assert _pair_conflicts("Chargers defensive tackle Jamal Williams was arrested early Sunday for suspicion of "
                           "driving under the influence.",
                           "According to the California Highway Patrol, defensive tackle Jamal Williams was arrested "
                           "on suspicion of drunken driving last weekend on a freeway outside downtown.",
                           ("2009-02-01", "2009-02-03")) == []


def test_support_counts_what_a_summary_adds_to_its_article():
    """FRANK (CNN/DailyMail): a faithful summary adds nothing; one with a swapped name adds
    that name; one that invents adds a lot."""
    from newsweave.compare.support import Bands, support, verdict
    article = ("After struggling to hit the big time in Australia, bubbly blonde Natalia Moon followed her dreams "
               "and moved to the Philippines in 2012. She became fluent in the local language, Tagalog.")
    faithful = support("natalia moon moved to the philippines in 2012 .", article)
    swapped = support("natalia moon moved to the philippines in 2014 .", article)
    invented = support("the actress won three national awards and now hosts a cooking show on cable television.",
                       article)
    assert faithful.added == [] and swapped.added == ["2014"]
    bands = Bands(restates=1, swaps=4)
    assert [verdict(s, bands) for s in (faithful, swapped, invented)] == ["consistent", "contradiction", "unsupported"]


def test_a_quotation_whose_speaker_we_guessed_is_not_disputed():
    """ECB+: the same words from the prosecutor, one report naming him, the other after
    'he said'; our guess at the speaker of a quotation left standing alone is no dispute."""
    quote = ('"Even though we are puzzled and terribly disappointed by the decision, we must accept the '
             'conclusion provided by our community."\nIt showed how difficult it is to win a death sentence.')
    assert _pair_conflicts('"The community has spoken," Fulton County District Attorney Paul Howard said at an '
                           f'emotional press conference.\n{quote}',
                           'He said jurors had told him the holdouts refused to deliberate.\n'
                           f'"The community has spoken," he said.\n{quote}') == []


@needs_shared
def test_a_fact_does_not_chain_one_report_sentences_together():
    """Eight ECB+ reports of one piracy rescue: mutual-best links used to chain from report
    to report until one 'fact' held 200 sentences. Only claims that date the event may
    share a fact with another sentence of their own report (how two dates for one event
    meet); every other fact holds at most one sentence per report."""
    import json
    from collections import Counter

    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import to_article
    from newsweave.compare.align import align
    from newsweave.embed import embed
    from conftest import BENCH
    with open(BENCH / "clustering" / "ecbplus-traindev.jsonl") as lines:
        rows = [r for r in map(json.loads, lines) if r["gold_cluster"] == "12_ecb"][:8]
    claims = [c for analysis in analyze_many([to_article(r) for r in rows]) for c in analysis.claims]
    groups = align(claims, embed)
    assert max(len(g.claims) for g in groups) >= 4            # the rescue itself is one fact
    for group in groups:
        per_report = Counter(c.article_id for c in group.claims)
        repeated = [c for c in group.claims if per_report[c.article_id] > 1]
        assert all(c.time is not None and c.time.basis != "publication" for c in repeated)


@needs_shared
def test_two_quotations_are_not_one_statement_for_both_being_said():
    """Two ECB+ reports quote different speakers on health care: 'Health care reform is about
    every family's health ...', President Obama said; 'It shouldn't be this expensive ... to
    get health care', she said. Sharing 'health', 'care' and 'say' made them one statement and
    the brief called it a polarity dispute; the shared 'say' no longer counts."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    rows = ecb_rows("34_1ecbplus", "34_12ecbplus")
    articles = {row_id: to_article(row) for row_id, row in rows.items()}
    phrases = {"34_1ecbplus": "Health care reform is about", "34_12ecbplus": "shouldn't be this expensive"}
    claims = [next(c for c in analyze(articles[i]).claims if phrases[i] in c.text) for i in phrases]
    assert {c.polarity for c in claims} == {"positive", "negative"}
    assert not find_conflicts(claims, {a.id: a for a in articles.values()})


@needs_shared
def test_a_day_read_off_the_publication_date_may_be_a_day_off():
    """The Age (dated 10 April 2007, Melbourne) and USA Today (9 April) on a Michigan
    shooting: 'Calls ... were not answered this afternoon' / '... Monday afternoon'. The same
    afternoon, seen from two time zones; the brief called it a date dispute."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    rows = ecb_rows("18_2ecbplus", "18_11ecbplus")
    articles = {row_id: to_article(row) for row_id, row in rows.items()}
    claims = [next(c for c in analyze(articles[i]).claims if "were not answered" in c.text) for i in rows]
    assert {c.time.value for c in claims} == {"2007-04-09", "2007-04-10"}
    assert not find_conflicts(claims, {a.id: a for a in articles.values()})


@needs_shared
def test_a_sentence_repeated_word_for_word_is_one_fact():
    """Three ECB+ reports reprint one wire story: 'Jackson is due in court Feb. 17.' has too
    few content words to align by meaning, so the timeline listed it once per report."""
    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import to_article
    from newsweave.compare.align import align
    from newsweave.embed import embed
    ids = ("35_1ecbplus", "35_7ecbplus", "35_10ecbplus")
    rows = list(ecb_rows(*ids).values())
    claims = [c for a in analyze_many([to_article(r) for r in rows]) for c in a.claims]
    due = [g for g in align(claims, embed) if any(c.text == "Jackson is due in court Feb. 17." for c in g.claims)]
    assert len(due) == 1 and {c.article_id for c in due[0].claims} == set(ids)


def test_sentence_embeddings_rank_paraphrases_first_and_stay_float32():
    """The NumPy MiniLM: two reports' wording of one capsizing are closer than either to an
    unrelated sentence of the same corpus; a sentence embeds alike alone or in a padded
    batch; and the layers keep float32 (a float64 scale factor once doubled the cost)."""
    import numpy as np

    from newsweave.embed import embed, encoder
    texts = ["The ferry overturned on Monday night during a storm, with 58 passengers on board.",
             "A passenger ferry capsized on Lake Merrow on Tuesday morning, leaving three people dead.",
             "Helix Dynamics will cut 1,200 jobs as it closes two plants."]
    vectors = embed(texts)
    assert vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    sims = vectors @ vectors.T
    assert sims[0, 1] > max(sims[0, 2], sims[1, 2]) + 0.2
    assert np.allclose(embed(texts[2:]), vectors[2:], atol=1e-5)
    hidden = np.zeros((1, 3, vectors.shape[1]), dtype=np.float32)
    assert encoder()._layer(hidden, np.zeros((1, 1, 1, 3), np.float32), "encoder.layer.0.").dtype == np.float32


def _page_claims(pages: dict, published: str):
    """Each ScrapingHub page's text as an article of its outlet, and its claim holding the phrase."""
    import json

    from newsweave.analyze import analyze
    from newsweave.model import Article
    from conftest import BENCH
    truth = json.loads((BENCH / "extraction" / "ground-truth.json").read_text())
    articles, claims = {}, []
    for outlet, (page, phrase) in pages.items():
        article = Article(id=outlet, body=truth[page]["articleBody"], title=None, published=published, outlet=outlet)
        articles[outlet] = article
        claims.append(next(c for c in analyze(article).claims if phrase in c.text))
    return articles, claims


@needs_shared
def test_no_one_on_the_subject_negates_like_no_on_the_object():
    """Two ScrapingHub reports on a plague case: 'No one has shown symptoms such as fever' and
    'the other 28 people have showed no signs or symptoms'. Both deny; the brief read the
    first as an assertion and called the pair a polarity dispute."""
    from newsweave.compare.conflicts import find_conflicts
    articles, claims = _page_claims(
        {"nypost": ("432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3", "No one has shown"),
         "express": ("ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf", "showed no signs")},
        "2019-11-18")
    assert [c.polarity for c in claims] == ["negative", "negative"]
    assert not [c for c in find_conflicts(claims, articles) if c.slot == "polarity"]


@needs_shared
def test_a_measure_that_names_a_model_is_no_count_in_dispute():
    """AppleInsider's 'Welcome to the new 16-inch MacBook Pro' and MacRumors' 'It is unclear
    if the 13-inch MacBook Pro will follow suit' are two laptops, not two counts of one."""
    from newsweave.compare.conflicts import find_conflicts
    articles, claims = _page_claims(
        {"appleinsider": ("65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c", "16-inch MacBook"),
         "macrumors": ("232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf", "13-inch MacBook Pro will")},
        "2019-11-14")
    assert all(any(q.unit == "inch" for q in c.quantities) for c in claims)
    assert not [c for c in find_conflicts(claims, articles) if c.slot == "number"]


@needs_shared
def test_a_negation_on_feel_or_think_belongs_to_the_clause():
    """Two ECB+ reports quote one coach: 'I feel on the floor we weren't executing the
    philosophy ...' and 'I didn't feel on the floor we were executing the philosophy ...'.
    They say the same; the brief called it a polarity dispute."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    articles = {i: to_article(r) for i, r in ecb_rows("5_14ecb", "5_2ecb").items()}
    claims = [next(c for c in analyze(a).claims if "on the floor we" in c.text) for a in articles.values()]
    assert [c.polarity for c in claims] == ["negative", "negative"]
    assert [c.negated for c in claims] == [["execute"], ["execute"]]
    assert not find_conflicts(claims, {a.id: a for a in articles.values()})


@needs_shared
def test_two_sentences_with_to_be_dispute_only_the_same_complement():
    """ECB+ reports on the 76ers: 'Maurice Cheeks is out as Philadelphia 76ers head coach' and
    'Not because Mo Cheeks was long for the job with the Philadelphia 76ers' share a name and
    the verb 'be', not a statement; the brief called them a polarity dispute."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    articles = {i: to_article(r) for i, r in ecb_rows("5_1ecb", "5_4ecb").items()}
    phrases = {"5_1ecb": "Cheeks is out as", "5_4ecb": "was long for the job"}
    claims = [next(c for c in analyze(articles[i]).claims if phrases[i] in c.text) for i in phrases]
    assert [c.predicate for c in claims] == ["be", "be"] and claims[0].polarity != claims[1].polarity
    assert not find_conflicts(claims, {a.id: a for a in articles.values()})


@needs_shared
def test_a_speaker_the_other_sentence_names_is_no_dispute():
    """Deadline: '“It is an honor to welcome back Ellen DeGeneres ...,” said Paul Lee,
    president, ABC Entertainment Group'; Variety: '... said ABC Entertainment Group prexy
    Paul Lee'. The parse misses Variety's speaker and settles on another name; the brief
    showed a person dispute although both sentences credit Paul Lee."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    articles = {i: to_article(r) for i, r in ecb_rows("2_1ecbplus", "2_10ecbplus").items()}
    claims = [next(c for c in analyze(a).claims if "It is an honor" in c.text) for a in articles.values()]
    assert all("Paul Lee" in c.text for c in claims)
    assert not [c for c in find_conflicts(claims, articles) if c.slot == "person"]


def _ecb_sentences(phrases: dict[str, str]):
    """The claims of the ECB+ sentences holding each phrase (report id -> phrase), and the
    conflicts among them, as (slot, update) pairs."""
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    articles = {i: to_article(r) for i, r in ecb_rows(*phrases).items()}
    claims = [next(c for c in analyze(articles[i]).claims if phrases[i] in c.text) for i in phrases]
    return claims, [(c.slot, c.update) for c in find_conflicts(claims, articles)]


@needs_shared
def test_what_had_not_happened_yet_and_then_did_is_an_update():
    """ECB+ on Jamal Williams: 'Results of Williams' blood-alcohol test have not been
    released' (4 February) and 'The results from the test were released Wednesday' (2 April).
    The brief disputed the polarity and dated the release 'on or before' February."""
    claims, conflicts = _ecb_sentences({"35_3ecbplus": "have not been released", "35_9ecbplus": "were released Wednesday"})
    assert claims[0].polarity == "negative" and claims[0].time is None
    assert conflicts and all(update for _, update in conflicts)


@needs_shared
def test_the_first_and_the_second_time_are_two_occasions():
    """ECB+ on the 2014 Oscars: 'she is to return as host of the Academy Awards, the second
    time she has been tasked with saving the Oscars' and 'Ellen DeGeneres was so nice as an
    Oscars host the first time'. Both hold; the brief called them a number dispute."""
    claims, conflicts = _ecb_sentences({"2_9ecbplus": "the second time she has been tasked",
                                        "2_2ecbplus": "host the first time"})
    assert [q.unit for c in claims for q in c.quantities if q.ordinal] == ["time", "time"]
    assert not [slot for slot, _ in conflicts if slot == "number"]


@needs_shared
def test_a_street_does_not_dispute_the_neighbourhood_around_it():
    """ECB+ on a Queens hit-and-run: Raj Chohan was hit 'on 117th Street in South Richmond
    Hill' (one report) and 'on 117th Street near 97th Avenue' (another). One place; the
    brief called it a place dispute."""
    claims, conflicts = _ecb_sentences({"21_9ecbplus": "117th Street", "21_11ecbplus": "117th Street"})
    assert [c.location for c in claims] == ["south richmond hill", "97th avenue"]
    assert not [slot for slot, _ in conflicts if slot == "place"]


@needs_shared
def test_a_report_known_to_the_year_bounds_its_events_by_the_year():
    """A report dated only '2013' that says 'Lindsay Lohan has checked into a rehab
    facility' dates the check-in on or before the end of 2013, not before 1 January: it
    agrees with a report of 2 May 2013 that she 'checked into rehab on Thursday'."""
    from dataclasses import replace
    from newsweave.analyze import analyze
    from newsweave.bench.clustering import to_article
    from newsweave.compare.conflicts import find_conflicts
    rows = ecb_rows("1_13ecbplus", "1_7ecbplus")
    articles = {"1_13ecbplus": replace(to_article(rows["1_13ecbplus"]), published="2013"),
                "1_7ecbplus": to_article(rows["1_7ecbplus"])}
    phrases = {"1_13ecbplus": "has checked into a rehab facility", "1_7ecbplus": "checked into rehab on Thursday"}
    claims = [next(c for c in analyze(articles[i]).claims if phrases[i] in c.text) for i in phrases]
    assert (claims[0].time.value, claims[0].time.granularity, claims[0].time.relation) == ("2013", "year", "before")
    assert not [c for c in find_conflicts(claims, articles) if c.slot == "date"]


@needs_shared
def test_last_week_in_a_saturday_paper_reaches_the_monday_just_past():
    """ECB+ on a Texas prison escape: the Houston Chronicle (Monday 30 November 2009) says
    'Comeaux escaped Monday morning', the Herald Democrat (Saturday 5 December) 'He escaped
    last week'. The Monday is in the Herald's past seven days; the brief called it a date
    dispute."""
    claims, conflicts = _ecb_sentences({"3_8ecbplus": "escaped Monday morning", "3_9ecbplus": "escaped last week"})
    assert [c.time.value for c in claims] == ["2009-11-30", "2009-W48"]
    assert not [slot for slot, _ in conflicts if slot == "date"]


@needs_shared
def test_a_later_report_naming_both_places_tells_a_move():
    """ECB+ on Lindsay Lohan: 'Lindsay Lohan has checked into rehab in Newport Beach'
    (2 May 2013), then 'After she abruptly left a rehab facility in Newport Beach on
    Thursday, Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage'
    (3 May). She moved; the brief showed a place dispute."""
    claims, conflicts = _ecb_sentences({"1_16ecbplus": "checked into rehab in Newport Beach",
                                        "1_9ecbplus": "checked into the Betty Ford"})
    assert [c.location for c in claims] == ["newport beach", "rancho mirage"]
    places = [update for slot, update in conflicts if slot == "place"]
    assert places and all(places)



@needs_shared
def test_a_rank_or_an_emphasis_negates_nothing():
    """'help the No. 1 Tar Heels remain unbeaten' (ECB+ on Tyler Hansbrough) denied that
    they remained unbeaten, and Merkel's 'Nothing less than the future of Europe ... is at
    stake' that it was: each was a polarity dispute with the other outlets' sentence."""
    claims, conflicts = _ecb_sentences({"31_3ecb": "No. 1 Tar Heels remain unbeaten",
                                        "31_2ecb": "Tar Heels (10-0) remain unbeaten"})
    assert [c.negated for c in claims] == [[], []] and not conflicts
    claims, conflicts = _ecb_sentences({"8_3ecbplus": "Nothing less than the future of Europe",
                                        "8_1ecbplus": "The future of Europe and the future of Germany"})
    assert [c.polarity for c in claims] == ["positive", "positive"] and not conflicts


@needs_shared
def test_hundreds_of_people_holds_the_count_another_report_gives():
    """ECB+ on Iran's 2005 earthquakes: the Zarand quake was 'killing hundreds of people'
    in one report and 'killing 612 people' in another; 'hundreds' had been read as 200."""
    claims, conflicts = _ecb_sentences({"20_1ecbplus": "killing hundreds of people",
                                        "20_4ecbplus": "killing 612 people"})
    assert [(q.value, q.high) for q in claims[0].quantities if q.unit == "people"] == [(200, 999)]
    assert ("number", False) not in conflicts


@needs_shared
def test_more_than_a_figure_holds_the_figure():
    """ECB+ on the Wasilla church fire: the pastor 'estimates damages at more than $1
    million'; another report: 'Damage ... was estimated at $1 million'. Outlets round to
    the figure they bound."""
    _, conflicts = _ecb_sentences({"13_5ecb": "estimates damages at more than $1 million",
                                   "13_4ecb": "was estimated at $1 million"})
    assert ("number", False) not in conflicts


@needs_shared
def test_a_sentence_naming_both_places_does_not_dispute_either():
    """ECB+ on Bettie Page: 'born to a poor family in Tennessee' and 'born on April 22, 1923,
    in Nashville, Tennessee'. The city is in the state, as the second sentence says."""
    claims, conflicts = _ecb_sentences({"4_6ecb": "born to a poor family in Tennessee",
                                        "4_7ecb": "born on April 22, 1923, in Nashville"})
    assert [c.location for c in claims] == ["tennessee", "nashville"]
    assert not [c for c in conflicts if c[0] == "place"]


@needs_shared
def test_how_things_were_before_is_no_polarity_dispute():
    """ECB+ on the Endangered Species Act: 'The regulations don't require federal agencies
    to seek consultation' and 'Previously, federal agencies were required to consult'."""
    claims, conflicts = _ecb_sentences({"9_3ecb": "don't require federal agencies",
                                        "9_3ecbplus": "Previously, federal agencies were required"})
    assert {c.polarity for c in claims} == {"positive", "negative"}
    assert not [c for c in conflicts if c[0] == "polarity"]


@needs_shared
def test_what_a_later_report_dates_after_an_earlier_one_was_written_is_an_update():
    """ECB+ on Seacom: 'the outage was caused by a terrestrial break in the fibre' (16 August
    2011, told as done) and 'repairs have been completed on a broken cable off the coast of
    Egypt that caused an outage' (4 November). The later report tells what happened since."""
    claims, conflicts = _ecb_sentences({"30_7ecbplus": "outage was caused by a terrestrial break",
                                        "30_1ecbplus": "repairs have been completed on a broken cable"})
    assert claims[0].time.basis == "publication" and claims[1].time.basis != "publication"
    assert conflicts == [("date", True)]


@needs_shared
def test_a_crowd_or_a_possessor_is_no_speaker_to_dispute():
    """ECB+ reports credit one chant to 'March participants' and to 'Dozens', and Tara
    Reid's statement to 'the actress's rep Jack Ketsoyan' and to 'Reid's rep'. Neither
    pair names two people; the brief called each a person dispute."""
    _, conflicts = _ecb_sentences({"19_6ecbplus": "March participants chanted", "19_3ecbplus": "Dozens chanted"})
    assert ("person", False) not in conflicts
    _, conflicts = _ecb_sentences({"1_5ecb": "the actress's rep Jack Ketsoyan tells People",
                                   "1_11ecb": "Reid's rep told Us"})
    assert ("person", False) not in conflicts


@needs_shared
def test_not_until_tells_when_and_a_light_verb_needs_its_object():
    """'the Colts didn't take their first lead until Ratliff intercepted' tells when they
    took it ('Indianapolis took its first lead of the game when Ratliff intercepted'), and
    'have our deep sympathy' and 'We have no idea what caused it' share only 'have'."""
    claims, conflicts = _ecb_sentences({"29_1ecb": "took its first lead of the game when",
                                        "29_3ecb": "didn't take their first lead until"})
    assert [c.polarity for c in claims] == ["positive", "positive"] and ("polarity", False) not in conflicts
    _, conflicts = _ecb_sentences({"13_7ecb": "have our deep sympathy", "13_22ecb": "We have no idea what caused it"})
    assert ("polarity", False) not in conflicts


@needs_shared
def test_in_excess_of_is_a_lower_bound():
    """'an eight-year offer to Teixeira in excess of $160 million' holds the '$200 million
    offer' another outlet reports."""
    claims, conflicts = _ecb_sentences({"10_2ecbplus": "in excess of $160 million",
                                        "10_13ecbplus": "eight-year, $200 million offer"})
    assert [q.approx for q in claims[0].quantities if q.unit == "$"][0] == "in excess of"
    assert ("number", False) not in conflicts


@needs_shared
def test_a_part_of_a_whole_counts_what_the_whole_counts():
    """ECB+ on the Colts' 2008 win: 'Garrard completed 28 of 41 passes' and 'Garrard, who
    completed 28 passes for 329 yards'. The 28 are passes too; the brief set 41 passes
    against 28."""
    claims, conflicts = _ecb_sentences({"29_8ecb": "Garrard completed 28 of 41 passes",
                                        "29_10ecb": "Garrard, who completed 28 passes"})
    assert [(q.value, q.unit) for q in claims[0].quantities][:2] == [(28, "passes"), (41, "passes")]
    assert ("number", False) not in conflicts


def test_a_count_pointed_back_to_is_a_part_already_told():
    """ECB+ (Creighton's 2013 tournament game; the 2008 cable cuts): 'those 10 points' are
    the last of McDermott's 23, 'these three cable systems' three of the cables."""
    assert _pair_conflicts("Doug McDermott scored 23 points Friday and became Creighton’s all-time leading scorer in "
                           "helping the Bluejays to a 65-53 victory over Drake.",
                           "Those 10 points tied McDermott with Rodney Buford, Creighton’s all-time leading scorer.",
                           ("2013-03-08", "2013-03-08")) == []
    assert _pair_conflicts("In January, five cables in the Middle East and Europe were cut, causing Internet failures "
                           "in the region.", "\"Close to 90 percent of all the data traffic between Europe and the "
                           "Middle East is carried on these three cable systems.\"", ("2008-12-20", "2008-12-20")) == []


def test_a_count_belongs_to_the_last_person_named_before_it_in_its_sentence():
    """ECB+ (Colts at Chiefs, 2012): the 226 yards are Charles's, whose two verbs share him
    as subject; Hillis's own clause comes after. Two outlets on one player still dispute."""
    days = ("2012-12-23", "2012-12-23")
    assert _pair_conflicts("RB Peyton Hillis rushed for 101 yards.",
                           "Charles turned in a 86-yard touchdown run and rushed for a total of 226 yards and Hillis "
                           "rushed for more than a hundred yards.", days) == []
    assert _pair_conflicts("Richard Carter scored 14 points and Seth VanDeest scored 13 for the ninth-seeded Bulldogs "
                           "(15-17).", "Drake was paced by 13 points from Seth VanDeest, while Richard Carter had 12 "
                           "points and four assists.", days) == [("number", ["12 points", "14 points"])]


def test_the_count_after_killing_counts_what_the_count_before_it_counts():
    """ECB+ (the Kraft plant shooting, 2010): 'shot three co-workers — killing two' holds the
    two co-workers another report says were shot and killed; a different count of those
    shot is still a dispute."""
    first = ("The woman who allegedly shot three co-workers \u2014 killing two\u2013 at the Kraft Plant Thursday night "
             "has been charged with murder, attempted murder, aggravated assault, burglary, and other related charges, "
             "says Philadelphia District Attorney Seth Williams.")
    assert _pair_conflicts(first, "The woman who allegedly shot and killed two co-workers in September at the Kraft "
                                  "Foods plant in Northeast Philadelphia will face trial on multiple counts of murder "
                                  "and attempted murder.", ("2010-09-10", "2011-03-10")) == []
    assert _pair_conflicts(first, "The woman who allegedly shot four co-workers, killing two, at the Kraft Foods plant "
                                  "in Northeast Philadelphia has been charged with murder.",
                           ("2010-09-10", "2010-09-10")) == [("number", ["four co-workers", "three co-workers"])]


def test_a_sentence_recalling_an_earlier_event_is_no_polarity_dispute():
    """ECB+ sentences on the Qeshm quakes (November 2005), both reports dated here: one
    recalls September's quake, the other says the area had none for 25 years. The same
    sentence denied of the same September is still a dispute."""
    days = ("2005-11-28", "2005-11-28")
    recalled = "The same island was hit by a 6.1 quake in September."
    assert _pair_conflicts(recalled, "The surrounding area has not been hit by a quake in more than 25 years.",
                           days) == []
    assert _pair_conflicts(recalled, "The same island was not hit by a 6.1 quake in September.",
                           days) == [("polarity", ["asserted", "denied"])]


def test_two_objects_that_share_no_word_are_two_statements():
    """PolNeAR dev (two outlets, September 2016): needing one thing does not deny needing
    another. Denying the same object is still a dispute."""
    days = ("2016-09-28", "2016-09-28")
    assert _pair_conflicts("Hillary Clinton needs to sell herself and tell more jokes.",
                           "But Hillary Clinton didn't need an earthshaking event on Monday.", days) == []
    assert _pair_conflicts("Hillary Clinton needs an earthshaking event on Monday.",
                           "But Hillary Clinton didn't need an earthshaking event on Monday.",
                           days) == [("polarity", ["asserted", "denied"])]


def test_the_encoders_gelu_is_bert_exact_one():
    """The encoder's GELU computes erf by Abramowitz and Stegun's rational form, a block of
    rows at a time, instead of scipy's double-precision erf (a third of the encoder's time):
    on the pre-activations of a real sentence, and over a range of values in a block that is
    not whole, it stays within float32's precision of x * Phi(x)."""
    import numpy as np
    from scipy.special import erf

    from newsweave.embed import GELU_ROWS, _gelu, encoder
    model = encoder()
    enc = model.tokenizer.encode("A passenger ferry capsized on Lake Merrow on Tuesday morning.")
    hidden = model.w["embeddings.word_embeddings.weight"][np.array(enc.ids)]
    real = model._dense(hidden, "encoder.layer.0.intermediate.dense")
    spread = np.linspace(-12, 12, (GELU_ROWS + 3) * 16, dtype=np.float32).reshape(GELU_ROWS + 3, 16)
    for x in (real, spread):
        exact = x.astype(np.float64) / 2 * (1 + erf(x.astype(np.float64) / np.sqrt(2)))
        y = _gelu(x)
        assert y.dtype == np.float32 and np.abs(y - exact).max() <= 2e-6 * max(1.0, np.abs(x).max())


@needs_shared
def test_a_bound_on_a_date_does_not_join_a_report_to_the_dated_event():
    """ECB+ on the shooting of Kimani Gray: 'After the shooting, Gray was rushed to a hospital
    ...' is after the shooting's day, not on it. As a dated event it pulled the hospital
    sentences into the fact of the shooting; they are a fact of their own."""
    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import to_article
    from newsweave.compare.align import align
    from newsweave.embed import embed
    rows = ecb_rows(*(f"19_{n}ecbplus" for n in range(1, 12)))
    claims = [c for analysis in analyze_many([to_article(r) for r in rows.values()]) for c in analysis.claims]
    groups = align(claims, embed)
    (rushed,) = [g for g in groups if any(c.text.startswith("After the shooting, Gray was rushed") for c in g.claims)]
    assert not any("was shot and killed on Saturday night" in c.text for c in rushed.claims)
    assert any(c.text.startswith("The teen was rushed to Kings County Hospital") for c in rushed.claims)


def _story_claims(*ids: str):
    """The claims of these ECB+ reports of one event, dated from one another as a story."""
    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import to_article
    from newsweave.compare.story_dates import dated_from_the_story
    rows = ecb_rows(*ids)
    return dated_from_the_story([c for a in analyze_many([to_article(rows[i]) for i in ids]) for c in a.claims])


@needs_shared
def test_the_eve_of_an_event_another_report_dates():
    """ECB+ (Greek strike): the undated report says the unions rallied 'on the eve of a vote
    in parliament'; another says the bill 'is to be voted on Thursday' (6 May 2010)."""
    claims = _story_claims("8_4ecbplus", "8_3ecbplus")
    (rally,) = [c for c in claims if c.article_id == "8_4ecbplus" and "rallied on the eve" in c.text]
    assert (rally.time.value, rally.time.relation, rally.time.basis) == ("2010-05-05", "on", "story")
    assert rally.time.text.startswith("on the eve of a vote in parliament") and rally.anchor is None
    # the story's brief puts the rally on its timeline, on that day
    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import to_article
    from newsweave.compare import compare_story
    from newsweave.model import Story
    articles = {i: to_article(row) for i, row in ecb_rows("8_4ecbplus", "8_3ecbplus").items()}
    analyses = {a.article_id: a for a in analyze_many(list(articles.values()))}
    brief = compare_story(Story("s", list(articles)), articles, analyses)
    (entry,) = [e for e in brief.timeline if e.what == rally.text]
    assert (entry.date, entry.articles, entry.counted_from.article) == ("2010-05-05", ["8_4ecbplus"], "8_3ecbplus")
    assert "is to be voted on Thursday" in entry.counted_from.text
    # and the brief says where the day came from, and that 'after' is not 'on'
    from newsweave.model import to_dict
    from newsweave.report import render_html, render_markdown
    page = to_dict(brief)
    page["timeline"][0] = dict(page["timeline"][0], relation="after")
    markdown = render_markdown(page)
    assert f"2010-05-05 — {rally.text} (" in markdown and "; the day from " in markdown
    assert markdown.count("- ≥ ") == 1 and render_html(page).count("≥ ") == 1


@needs_shared
def test_an_event_named_after_a_person_is_dated_by_reports_that_name_them():
    """ECB+ (Chargers drunk-driving arrests): 'the blood was drawn well after Williams'
    arrest' is after Jamal Williams' arrest (Sunday 1 February 2009), not after Vincent
    Jackson's of 6 January, which the same reports recall."""
    ids = [f"35_{n}ecbplus" for n in range(1, 12)]
    claims = _story_claims(*ids)
    (drawn,) = [c for c in claims if c.article_id == "35_6ecbplus" and "after Williams' arrest" in c.text]
    assert (drawn.time.value, drawn.time.relation, drawn.time.basis) == ("2009-02-01", "after", "story")


@needs_shared
def test_an_event_the_story_dates_on_two_days_dates_nothing():
    """ECB+ (a deputy shot on 24 June 2005 while investigating the June 20 shooting): 'He had
    married two weeks before the shooting' could mean either shooting."""
    ids = [f"16_{n}ecbplus" for n in range(1, 12)]
    claims = _story_claims(*ids)
    (married,) = [c for c in claims if c.article_id == "16_6ecbplus" and c.text.startswith("He had married")]
    assert married.time is None or married.time.basis != "story"
    assert married.anchor is not None and married.anchor.nouns == ["shooting"]


def test_a_story_date_needs_a_report_that_tells_the_day_as_fact():
    """ECB+ (Seacom outage, Oct 2011): 'will likely only be fully resolved during the week
    beginning 17 October' is a guess about the repair, not the day of the outage; nor can a
    report of the 14th that tells the outage as past have it start after the 17th."""
    from newsweave.analyze import analyze_many
    from newsweave.compare.story_dates import dated_from_the_story
    from newsweave.model import Article
    articles = [
        Article(id="a", published="2011-10-14", body=(
            "Subsea cable operator Seacom announced on Twitter today (14 October 2011) that they have restored all "
            "their business customers on alternate routes following an outage expected to extend into next week.")),
        Article(id="b", published="2011-10-11", body=(
            "This outage will likely only be fully resolved sometime during the week beginning 17 October 2011.")),
        Article(id="c", published="2011-10-11", body="The outage began on 17 October 2011.")]
    claims = [c for a in analyze_many(articles) for c in a.claims]
    (restored,) = [c for c in claims if c.article_id == "a"]
    assert restored.anchor is not None and restored.anchor.nouns == ["outage"]
    assert dated_from_the_story(claims[:2])[0].time == restored.time        # a guess dates nothing
    assert dated_from_the_story([claims[0], claims[2]])[0].time == restored.time   # after its own report


@pytest.mark.parametrize("placed, dating", [
    # ECB+ (IE flaws, 2008 and 2012): another product's release
    ("The vulnerability was reported after the release of Windows IE 8 Beta 2, but Microsoft still recommends in its "
     "advisory that users apply the patch.",
     "Windows 8, due to be released to the general public Oct. 26, and its accompanying Web browser, Internet "
     "Explorer 10, are not affected."),
    # ECB+ (Chargers arrests): 'his release' is Jackson's, not the release of Williams' test results
    ("Police apprehended Jackson at about 2:30 a.m. and booked him for the misdemeanour before his release.",
     "Results from a blood-alcohol test administered when Williams was arrested were released Wednesday, showing a "
     "level of 0.07 percent."),
])
def test_an_event_is_not_dated_by_another_of_its_kind(placed, dating):
    from newsweave.analyze import analyze_many
    from newsweave.compare.story_dates import dated_from_the_story
    from newsweave.model import Article
    claims = [c for a in analyze_many([Article(id="a", body=placed), Article(id="b", body=dating,
                                                                          published="2012-09-19")]) for c in a.claims]
    assert claims[0].anchor is not None and claims[0].anchor.nouns == ["release"]
    assert dated_from_the_story(claims)[0].time == claims[0].time


def test_two_polls_are_no_dispute_unless_both_credit_the_same_one():
    """PolNeAR (Politico, 25 September 2016; The Western Journal, 30 September): two polls
    of a four-way race. Polls differ by design; a poll's figures are disputed only between
    sentences crediting the same one."""
    assert _pair_conflicts(
        "Among likely voters in a four-way race, 46 percent would choose Clinton and 44 percent would back Trump, "
        "while 5 percent prefer Libertarian nominee Gary Johnson and 1 percent support the Green Party’s Jill Stein.",
        "When the poll asked about all four candidates seeking the White House, Clinton was supported by 42 percent "
        "of those responding, while Trump received 38 percent support, Libertarian Gary Johnson 3 percent and Green "
        "Party candidate Jill Stein 3 percent.", ("2016-09-25", "2016-09-30")) == []
    assert _pair_conflicts("A Quinnipiac University poll found that 46 percent of likely voters would choose Clinton.",
                           "A Quinnipiac University poll found that 42 percent of likely voters would choose Clinton.",
                           ("2016-09-25", "2016-09-26")) == [("number", ["42 percent", "46 percent"])]


def test_a_rank_is_compared_only_between_sentences_naming_the_same_holder():
    """PolNeAR (NYT, 4 February 2016; Politico, 9 February): Rubio's third place and
    Trump's second in Iowa, each told of an unresolved 'He'. ECB+ (23 December 2012): the
    Colts' seed and the Broncos'. One candidate given two places is still disputed."""
    assert _pair_conflicts("He finished in a strong third place, beating pre-election polls and nearly beating "
                           "Mr. Trump for second in a state where Mr. Cruz's base is at its strongest.",
                           "He nodded only obliquely to his second-place finish in Iowa behind Ted Cruz.",
                           ("2016-02-04", "2016-02-09")) == []
    assert _pair_conflicts("But fifteen games later and the Colts stand at 10-5 and in the playoffs as the AFC's five "
                           "seed.", "Manning and the Broncos have a legitimate shot at getting the #1 seed in the AFC "
                           "for the playoffs, so they won't be resting anyone for the last game.") == []
    assert _pair_conflicts("Marco Rubio finished in third place in the Iowa caucuses on Monday.",
                           "Marco Rubio finished in fourth place in the Iowa caucuses on Monday.") == [
        ("number", ["fourth place", "third place"])]


def test_a_place_hoped_for_is_a_goal_not_a_result():
    """PolNeAR (NYT, 9 February 2016, before the New Hampshire primary; Breitbart, 20
    February): what Rubio's advisers hoped for is not what he got."""
    assert _pair_conflicts("His advisers have hoped for a second-place finish in the New Hampshire primary.",
                           "He had a disappointing fifth-place finish in the New Hampshire primary.") == []


def test_two_peoples_acts_are_not_one_event_to_date():
    """PolNeAR (The Western Journal, 6 July 2016; Politico, 11 July): Comey's testimony and
    the letter Goodlatte and Gowdy sent him are two events, whatever words they share."""
    assert _pair_conflicts(
        "On Thursday, Comey will testify before the House Oversight Committee about the decision not to recommend "
        "charges against Clinton.",
        "Also Monday, Goodlatte and Benghazi Committee Chairman Trey Gowdy (R-S.C) sent a letter to Comey, signed by "
        "200 House Republicans, seeking more answers about his decisions not to recommend that Clinton be "
        "prosecuted.", ("2016-07-06", "2016-07-11")) == []


def test_a_later_larger_delegate_count_is_an_update():
    """PolNeAR (Breitbart, 20 February 2016; The Western Journal, 4 March): delegates only
    pile up over the primaries, like a death toll."""
    assert _pair_conflicts("Ted Cruz has 11 delegates and Rubio has 10.",
                           "The candidate pointed out that Sen. Ted Cruz (who has 231 delegates) must win 58 percent "
                           "of the 1,237 outstanding delegates from this point forward.",
                           ("2016-02-20", "2016-03-04")) == [("number", ["11 delegates", "231 delegates"], "update")]


def test_a_speaker_described_not_named_is_no_one_to_dispute():
    """PolNeAR (Breitbart, 13 July 2016; USA Today, 15 July): Trump's tweet, credited to 'the
    presumptive Republican presidential nominee' by one outlet and to Trump by the other. The
    description names no one; its 'Republican' is no speaker."""
    breitbart = ("“Justice Ginsburg of the U.S. Supreme Court has embarrassed all by making very dumb political "
                 "statements about me,” the presumptive Republican presidential nominee wrote in an early morning "
                 "tweet on @realDonaldTrump. “Her mind is shot — resign!”")
    usa_today = "Trump called on her to resign from her post and said, \"Her mind is shot!\""
    assert _pair_conflicts(breitbart, usa_today, ("2016-07-13", "2016-07-15")) == []


def test_an_event_told_in_a_clause_is_not_dated_by_the_sentence():
    """PolNeAR (Breitbart, 27 July 2016; Politico, 29 July): 'spoke Thursday night after
    becoming the first woman' dates the speaking; the becoming came before, on Tuesday."""
    breitbart = ("Clinton on Tuesday became the first woman to win the presidential nomination of a major US "
                 "political party, teeing up the November showdown with Trump.")
    politico = ("Clinton spoke Thursday night after becoming the first woman in U.S. history to win a major party's "
                "presidential nomination.")
    assert _pair_conflicts(breitbart, politico, ("2016-07-27", "2016-07-29")) == []


def test_a_later_longer_stretch_counted_back_from_the_day_is_an_update():
    """PolNeAR (USA Today, 6 April 2016; Washington Post, 10 April): Sanders's winning run,
    counted back from each day of writing, took in the Wyoming caucuses in between."""
    usa_today = "With his win in the Badger State, Sanders will have pocketed six of the past seven contests."
    wash_post = ("He has won seven of the past eight contests, including last week's Wisconsin primary and "
                 "Saturday's Wyoming caucuses.")
    assert _pair_conflicts(usa_today, wash_post, ("2016-04-06", "2016-04-10")) == [
        ("number", ["eight contests", "seven contests"], "update")]


def test_a_date_of_a_clause_joined_with_its_own_subject_dates_that_clause():
    """ECB+ (BBC, 10 June 2013; North West Evening Mail, 18 June): 'No pleas were entered and
    a bail hearing was scheduled for Wednesday' dates the bail hearing, not the court's first
    sitting; a week later another outlet told of another hearing, 'yesterday'. The sentence
    keeps its date for the timeline; what it dates is the scheduling."""
    bbc = "No pleas were entered and a bail hearing was scheduled for Wednesday at Preston Crown Court."
    nwemail = "No application for bail was made at yesterday's hearing and no plea was entered."
    assert _pair_conflicts(nwemail, bbc, ("2013-06-18", "2013-06-10")) == []
    from newsweave.analyze import analyze
    from newsweave.model import Article
    claim = analyze(Article(id="t", body=bbc, published="2013-06-10")).claims[0]
    assert (claim.time.value, claim.time_event) == ("2013-06-12", "schedule")


def test_a_negated_light_verb_denies_nothing_without_its_object():
    """ECB+ (The Hunger Games' director): 'was not able to come to an agreement' negates
    'be able', not 'be in negotiations'; the two reports agree that Ross was negotiating."""
    from newsweave.analyze import analyze_many
    from newsweave.compare.conflicts import find_conflicts
    from newsweave.model import Article
    articles = {
        "a": Article(id="a", outlet="tribeofgeek.weebly.com", published="2012-04-10", body=(
            "According to \"The Hollywood Reporter\", Director of \"The Hunger Games\", Gary Ross is currently "
            "in the negotiation stages to direct the sequel to \"The Hunger Games\".")),
        "b": Article(id="b", outlet="rollingstone.com", published="2012-04-11", body=(
            "According to the newspaper's sources, Ross was in negotiations to direct the sequel, but was not "
            "able to come to an agreement over scheduling and compensation."))}
    claims = [c for n in analyze_many(list(articles.values())) for c in n.claims]
    assert "be" in claims[1].negated
    assert find_conflicts(claims, articles) == []


def test_what_was_done_and_what_is_to_come_told_with_two_verbs_are_two_events():
    """ECB+ (Maurice Cheeks, hired by the 76ers): 'was named ... on May 23, 2005' (the team's
    page) and 'will be introduced ... at a Tuesday news conference' (ESPN, 24 May 2005) date
    two events. One verb given two days is still a dispute."""
    named = "Cheeks was named the 21st head coach in team history on May 23, 2005."
    introduced = "Cheeks will be introduced as Philadelphia's 21st head coach at a Tuesday news conference."
    assert _pair_conflicts(named, introduced, (None, "2005-05-24")) == []
    assert _pair_conflicts(named, named.replace("May 23", "May 25"), (None, "2005-05-24")) == [
        ("date", ["2005-05-23", "2005-05-25"])]
