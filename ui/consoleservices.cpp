// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "consoleservices.h"

#include "call/callsession.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "request/environmentlist.h"
#include "request/secretstore.h"

namespace Oxa {

StandardServices::StandardServices()
{
    const bool keychain = qEnvironmentVariable("OXA_CONSOLE_KEYCHAIN") != u"off";
    m_secrets = std::make_unique<SecretStore>(keychain ? SecretStore::Backend::Keychain
                                                       : SecretStore::Backend::Memory,
                                              3000);
    m_session = std::make_unique<CallSession>(m_secrets.get());
    m_history = std::make_unique<HistoryStore>(HistoryStore::defaultPath());
    if (m_history->problem().isEmpty())
        m_session->setHistory(m_history.get());
    m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
    m_session->setAudit(m_audit.get());
    m_environments = std::make_unique<EnvironmentList>();
    m_environments->load();
}

StandardServices::~StandardServices()
{
    // The session first: it records to the history and the audit log.
    m_session.reset();
}

ConsoleServices StandardServices::handles() const
{
    return {m_secrets.get(), m_session.get(), m_environments.get()};
}

} // namespace Oxa
