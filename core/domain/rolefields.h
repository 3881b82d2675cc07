#pragma once

#include "user.h"

struct LeadField;

/// Which fields of a lead each role may change, on a lead it may edit at
/// all: marketing staff the marketing fields and the status, partner users
/// everything but who works the lead and the partner company that lets
/// them see it; the other roles every field. One rule for the core (Access)
/// and for the server (the trigger PostgresRoles writes from it).
namespace RoleFields {
bool changes(Role role, const LeadField &field);
}
