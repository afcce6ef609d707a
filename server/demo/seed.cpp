#include "demo/seed.h"

#include "core/secrets.h"
#include "sammen/rolls/voter_code.h"

#include <functional>
#include <set>

namespace sammen::server::demo {
namespace {

constexpr UnixSeconds kDay = 24 * 60 * 60;

Proposal proposal(const char* id, const char* district, const char* title, std::int64_t kroner_cost,
                  ProductionForm production, const char* summary) {
  return Proposal{
      id, district, title, summary, kroner(kroner_cost), production, ProposalStatus::kAccepted};
}

Municipality elvestad() {
  return Municipality{"elvestad",
                      "Elvestad kommune",
                      "NOK",
                      {{"sentrum", "Sentrum"},
                       {"ostbyen", "Østbyen"},
                       {"nordre-skog", "Nordre Skog"},
                       {"stranda", "Strandå"}}};
}

std::vector<Proposal> proposals() {
  using P = ProductionForm;
  return {
      // Sentrum: budget 2 500 000 kr, proposals 2 800 000 kr.
      proposal("leksekafe", "sentrum", "Leksekafé på biblioteket", 180'000, P::kCoProduction,
               "Frivillige studenter og pensjonerte lærere hjelper elever med leksene to "
               "ettermiddager i uka. Biblioteket stiller med rom, kaffe og frukt."),
      proposal("it-kurs-biblioteket", "sentrum", "IT-kurs på biblioteket", 120'000,
               P::kSelfProduction,
               "Innbyggere lærer bort det de kan: BankID, e-post og videosamtaler for eldre og nye "
               "i Norge. Pengene går til nettbrett og kursmateriell."),
      proposal("innbyggerparken", "sentrum", "Innbyggerparken i Torggata", 1'500'000,
               P::kCoProduction,
               "Den tomme tomta i Torggata blir en park som naboene planlegger og planter sammen "
               "med kommunen, med benker, blomsterbed og en liten scene."),
      proposal("elvepromenaden-lys", "sentrum", "Benker og lys langs elvepromenaden", 650'000,
               P::kMunicipal,
               "Tolv nye benker og LED-lys langs elvepromenaden, så flere tør å gå tur der "
               "når det er mørkt."),
      proposal("utlanssentral", "sentrum", "Utlånssentral for utstyr", 350'000, P::kCoProduction,
               "En dele-bod der alle kan låne ski, telt, verktøy og festutstyr gratis. "
               "Frivilligsentralen driver den sammen med kommunen."),

      // Østbyen: budget 1 800 000 kr, proposals 1 950 000 kr.
      proposal("sykling-uten-alder", "ostbyen", "Sykling uten alder", 240'000, P::kCoProduction,
               "To elsykler med passasjersete (rickshaw) til sykehjemmet, så frivillige kan ta "
               "beboerne med på tur langs elva. Vind i håret, uansett alder."),
      proposal(
          "gaende-skolebuss", "ostbyen", "Gående skolebuss", 60'000, P::kSelfProduction,
          "Foreldre og besteforeldre følger barna til skolen til fots på faste ruter og tider. "
          "Pengene går til refleksvester, skilt og oppstart."),
      proposal("dagaktivitet", "ostbyen", "Dagaktivitet for folk uten jobb", 480'000,
               P::kCoProduction,
               "Et verksted i det gamle bussdepotet der folk uten jobb reparerer møbler og sykler "
               "sammen, med NAV og frivillige som veiledere."),
      proposal("lekeplass-lokkeveien", "ostbyen", "Ny lekeplass i Løkkeveien", 950'000,
               P::kMunicipal,
               "Den slitte lekeplassen i Løkkeveien får nye apparater, fallunderlag og benker "
               "for foreldre og besteforeldre."),
      proposal("sykkelverksted", "ostbyen", "Sykkelverksted for ungdom", 220'000,
               P::kSelfProduction,
               "Ungdom driver et gratis sykkelverksted i kjelleren på fritidsklubben. "
               "Pengene går til verktøy, deler og kurs."),

      // Nordre Skog: budget 1 500 000 kr, proposals 1 830 000 kr.
      proposal("turvei-lys", "nordre-skog", "Lys og benker langs turveien", 780'000, P::kMunicipal,
               "Lys og hvilebenker langs turveien til Skogsvannet, så også eldre og folk med "
               "rullator kan bruke den hele året."),
      proposal("skoytebane", "nordre-skog", "Skøytebane ved skolen", 300'000, P::kCoProduction,
               "Vanning og vedlikehold av en skøytebane på skolens ballbinge om vinteren. "
               "Idrettslaget tar ansvar for isen."),
      proposal("nabolagshage", "nordre-skog", "Nabolagshage på Furumo", 150'000, P::kSelfProduction,
               "Pallekarmer, jord og et redskapsskur, så naboene kan dyrke grønnsaker sammen "
               "på den åpne plenen på Furumo."),
      proposal("ungdomsklubb", "nordre-skog", "Ungdomsklubb på fredager", 420'000, P::kCoProduction,
               "Åpen ungdomsklubb i skolens lokaler hver fredag, drevet av ungdomsrådet med "
               "to voksne miljøarbeidere."),
      proposal("gapahuk", "nordre-skog", "Gapahuk og bålplass ved Skogsvannet", 180'000,
               P::kCoProduction,
               "En gapahuk med bålplass og vedskjul ved Skogsvannet, bygget på dugnad med "
               "materialer fra kommunen."),

      // Strandå: budget 2 000 000 kr, proposals 2 120 000 kr.
      proposal("strandrydding", "stranda", "Strandrydding med mening", 90'000, P::kCoProduction,
               "Faste strandryddedager der folk på arbeidsavklaring kan delta som et tiltak. "
               "Pengene går til utstyr, transport og en felles lunsj."),
      proposal("badebrygge", "stranda", "Universelt utformet badebrygge", 1'250'000, P::kMunicipal,
               "En badebrygge med rampe og trapp med håndlist, så alle kommer seg i sjøen, "
               "også med rullestol."),
      proposal("kajakkbod", "stranda", "Kajakkbod med utlån", 260'000, P::kCoProduction,
               "Åtte kajakker og vester i en bod ved stranda som alle kan låne. "
               "Padleklubben holder kurs og passer på utstyret."),
      proposal("seniorkafe", "stranda", "Seniorkafé i bydelshuset", 140'000, P::kSelfProduction,
               "Pensjonister driver en kafé i bydelshuset to dager i uka, en møteplass mot "
               "ensomhet. Pengene går til kjøkkenutstyr og oppstart."),
      proposal("sandvolleyball", "stranda", "Sandvolleyballbane", 380'000, P::kMunicipal,
               "En sandvolleyballbane med nett og lys ved stranda, åpen for alle."),
  };
}

Process innbyggerbudsjett(UnixSeconds now) {
  Process p;
  p.id = kProcessId;
  p.title = "Innbyggerbudsjett 2027";
  p.description =
      "Innbyggerne i Elvestad bestemmer selv hvordan en del av kommunens budsjett for 2027 skal "
      "brukes i sin bydel. Velg forslagene du vil ha innenfor bydelens budsjett. Resultatet er "
      "bindende: kommunestyret har vedtatt å gjennomføre forslagene som vinner.";
  p.rung = Rung::kCoDecide;
  p.ballot = {BallotFormat::kKnapsack, 0, 0};
  const UnixSeconds voting_starts = now - 60 * 60;  // opened an hour ago
  const UnixSeconds voting_ends = now + 30 * kDay;
  p.phases = {
      {PhaseKind::kIdeas, now - 90 * kDay, now - 45 * kDay},
      {PhaseKind::kReview, now - 45 * kDay, voting_starts},
      {PhaseKind::kVoting, voting_starts, voting_ends},
      {PhaseKind::kResults, voting_ends, voting_ends + 14 * kDay},
      {PhaseKind::kImplementation, voting_ends + 14 * kDay, voting_ends + 380 * kDay},
  };
  p.budgets = {{"sentrum", kroner(2'500'000)},
               {"ostbyen", kroner(1'800'000)},
               {"nordre-skog", kroner(1'500'000)},
               {"stranda", kroner(2'000'000)}};
  p.proposals = proposals();
  return p;
}

}  // namespace

Seed seed(UnixSeconds now, const auth::VoterCodeHasher& hasher, int voter_count) {
  Seed data{elvestad(), innbyggerbudsjett(now), {}, {kProcessId, {}},
            {kAdminEmail, auth::random_password()}};
  std::set<std::string> hashes;
  auth::RandomDraws uniform;
  while (static_cast<int>(data.codes.voter_codes.size()) < voter_count) {
    const std::string code = new_voter_code(std::ref(uniform));
    const std::string hash = hasher.hash(code);
    if (!hashes.insert(hash).second) continue;  // a repeated code: draw again
    data.voter_hashes.push_back(hash);
    data.codes.voter_codes.push_back(code);
  }
  return data;
}

}  // namespace sammen::server::demo
