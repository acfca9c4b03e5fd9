// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace Oxa {

class AuditLog;
class CallSession;
class EnvironmentList;
class HistoryStore;
class SecretStore;

/**
 * What the window works with and does not own: the keychain store, the call session (with the
 * history and the audit log it records to) and the environments. Created in
 * app/console_main.cpp (StandardServices) and handed in; they outlive the window.
 */
struct ConsoleServices
{
    SecretStore *secrets = nullptr;
    CallSession *session = nullptr;
    EnvironmentList *environments = nullptr;
};

/**
 * The console's services as it runs: secrets in the keychain (for the session only when
 * OXA_CONSOLE_KEYCHAIN=off: classrooms, tests), the history and the audit log in the data
 * folder, the environments read from the settings. The GUI thread.
 */
class StandardServices
{
public:
    StandardServices();
    ~StandardServices();
    StandardServices(const StandardServices &) = delete;
    StandardServices &operator=(const StandardServices &) = delete;

    ConsoleServices handles() const;

private:
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<EnvironmentList> m_environments;
};

} // namespace Oxa
