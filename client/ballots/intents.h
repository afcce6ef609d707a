// What the resident may do with their ballot.
#pragma once

#include <string>

namespace sammen::client::ballots {

struct ChooseDistrict {
  std::string district_id;
};

struct AddProposal {
  std::string proposal_id;
};

struct RemoveProposal {
  std::string proposal_id;
};

struct Submit {};

}  // namespace sammen::client::ballots
