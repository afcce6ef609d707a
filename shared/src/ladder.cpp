#include "sammen/ladder.h"

namespace sammen {

bool rung_allows(Rung rung, Action action) {
  const int r = static_cast<int>(rung);
  switch (action) {
    case Action::kRead: return r >= 1;
    case Action::kComment: return r >= 2;
    case Action::kSupport: return r >= 3;
    case Action::kAuthor:
    case Action::kPledge: return r >= 4;
    // An advisory ballot from involve up; binding only on co-decide.
    case Action::kVote: return r >= 3;
  }
  return false;
}

bool vote_is_binding(Rung rung) { return rung == Rung::kCoDecide; }

std::string_view rung_wire_id(Rung rung) {
  switch (rung) {
    case Rung::kInform: return "inform";
    case Rung::kConsult: return "consult";
    case Rung::kInvolve: return "involve";
    case Rung::kCoCreate: return "co_create";
    case Rung::kCoDecide: return "co_decide";
  }
  return "inform";
}

std::optional<Rung> rung_from_wire_id(std::string_view id) {
  for (int r = 1; r <= 5; ++r) {
    if (rung_wire_id(static_cast<Rung>(r)) == id) return static_cast<Rung>(r);
  }
  return std::nullopt;
}

std::string_view rung_name(Rung rung, Language l) {
  switch (rung) {
    case Rung::kInform: return pick(l, "Informere", "Informere", "Inform");
    case Rung::kConsult: return pick(l, "Konsultere", "Konsultere", "Consult");
    case Rung::kInvolve: return pick(l, "Involvere", "Involvere", "Involve");
    case Rung::kCoCreate: return pick(l, "Samskape", "Samskabe", "Co-create");
    case Rung::kCoDecide: return pick(l, "Medbestemme", "Medbestemme", "Co-decide");
  }
  return "";
}

std::string_view rung_promise(Rung rung, Language l) {
  switch (rung) {
    case Rung::kInform:
      return pick(l, "Her kan du lese om planene. Det er ingen avstemning.",
                  "Her kan du læse om planerne. Der er ingen afstemning.",
                  "Here you can read about the plans. There is no vote.");
    case Rung::kConsult:
      return pick(l, "Kommunen ber om dine kommentarer. Kommunen bestemmer.",
                  "Kommunen beder om dine kommentarer. Kommunen beslutter.",
                  "The municipality asks for your comments. The municipality decides.");
    case Rung::kInvolve:
    case Rung::kCoCreate:
      return pick(l, "Stemmen din er et råd til kommunestyret. Kommunen bestemmer til slutt.",
                  "Din stemme er et råd til kommunalbestyrelsen. Kommunen beslutter til sidst.",
                  "Your input is advice to the council. The municipality makes the final decision.");
    case Rung::kCoDecide:
      return pick(l, "Stemmen din bestemmer: forslagene som vinner, blir gjennomført.",
                  "Din stemme bestemmer: de forslag, der vinder, bliver gennemført.",
                  "Your vote decides: the proposals that win will be carried out.");
  }
  return "";
}

}  // namespace sammen
