// The wire mapping of proposals: one encoder and one reader per type.
//
// Enums travel as their ids (kProposalStatusIds, kWorkStatusIds,
// kEventKindIds, kProductionIds), money as integers in øre, times as Unix
// seconds. Answers and requests carry "version"; their parts do not. A
// stale save's 409 carries the EditConflict beside the error envelope under
// "conflict".
#pragma once

#include "sammen/core/json.h"
#include "sammen/proposals/views.h"

namespace sammen {

void to_json(Json& json, const IdeaText& text);
void to_json(Json& json, const Author& author);
void to_json(Json& json, const Event& event);
void to_json(Json& json, const CostChange& change);
void to_json(Json& json, const Question& question);
void to_json(Json& json, const WorkUpdate& update);
void to_json(Json& json, const Idea& idea);
void to_json(Json& json, const PhaseNow& phase);
void to_json(Json& json, const IdeaSummary& summary);
void to_json(Json& json, const Abilities& can);
void to_json(Json& json, const IdeaDetail& detail);
void to_json(Json& json, const IdeaList& list);
void to_json(Json& json, const Notice& notice);
void to_json(Json& json, const MyIdeas& mine);
void to_json(Json& json, const FundedItem& item);
void to_json(Json& json, const FundedWork& work);
void to_json(Json& json, const EditConflict& conflict);
void to_json(Json& json, const Joined& joined);

// The stored form of an idea (every field, the invite code too).
void read(JsonReader& reader, IdeaText& text);
void read(JsonReader& reader, Author& author);
void read(JsonReader& reader, Event& event);
void read(JsonReader& reader, CostChange& change);
void read(JsonReader& reader, Question& question);
void read(JsonReader& reader, WorkUpdate& update);
void read(JsonReader& reader, Idea& idea);

// Requests (each a top-level body with "version").
void read(JsonReader& reader, DraftRequest& request);
void read(JsonReader& reader, SaveRequest& request);
void read(JsonReader& reader, ReasonRequest& request);
void read(JsonReader& reader, CostRequest& request);
void read(JsonReader& reader, MergeRequest& request);
void read(JsonReader& reader, QuestionRequest& request);
void read(JsonReader& reader, AnswerRequest& request);
void read(JsonReader& reader, RedeemRequest& request);
void read(JsonReader& reader, NoticesRead& request);
void read(JsonReader& reader, SupportRequest& request);
void read(JsonReader& reader, ProgressReport& request);

}  // namespace sammen
