// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// The mock back-end against Prism and against a bare HTTP server: requests per second on one
// GET of the OXA document, from a bounded load generator on loopback (a fixed number of
// keep-alive connections, one request in flight on each, for a fixed time), all measured in the
// same run; and how long each takes to start serving the OXA document.
//
//   cmake --build build --target benchmark-prism     # Prism from npm, into the build folder
//   build/tests/benchmarks/bench_mock [--seconds S] [--connections N]
//
// The servers are separate processes, as users run them: `oxa-cli mock`, `prism mock`, and this
// program in --bare-server mode (QAbstractHttpServer answering every request with the same
// bytes our mock answers: the floor of the HTTP stack we build on).
#include "benchmarksupport.h"
#include "document/jsonpointer.h"
#include "support/testdocuments.h"
#include "testconfig.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

/** --bare-server: the same bytes for every request. */
class BareServer : public QAbstractHttpServer
{
public:
    explicit BareServer(QByteArray body)
    {
        m_response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n"
                     + body;
    }

protected:
    bool handleRequest(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write(m_response);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    QByteArray m_response;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/** One blocking HTTP/1.1 exchange on a keep-alive socket; false on any failure. */
bool exchange(int fd, const QByteArray &request, std::string &buffer, int *status)
{
    for (qsizetype sent = 0; sent < request.size();) {
        const ssize_t n
            = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    char chunk[65536];
    const auto fill = [&]() {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, size_t(n));
        return true;
    };
    size_t headEnd;
    while ((headEnd = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!fill())
            return false;
    }
    const std::string head = buffer.substr(0, headEnd);
    *status = std::atoi(head.c_str() + 9);
    std::string lower = head;
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    size_t at = headEnd + 4;
    const size_t length = lower.find("\r\ncontent-length:");
    if (length != std::string::npos) {
        const size_t bytes = size_t(std::atoll(lower.c_str() + length + 17));
        while (buffer.size() < at + bytes) {
            if (!fill())
                return false;
        }
        buffer.erase(0, at + bytes);
        return true;
    }
    if (lower.find("transfer-encoding: chunked") != std::string::npos) {
        for (;;) {
            size_t line;
            while ((line = buffer.find("\r\n", at)) == std::string::npos) {
                if (!fill())
                    return false;
            }
            const size_t size = size_t(std::strtoull(buffer.c_str() + at, nullptr, 16));
            at = line + 2;
            while (buffer.size() < at + size + 2) {
                if (!fill())
                    return false;
            }
            at += size + 2;
            if (size == 0) {
                buffer.erase(0, at);
                return true;
            }
        }
    }
    buffer.erase(0, at); // no body
    return true;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

struct Load
{
    double perSecond = 0;
    long requests = 0;
    long failures = 0;
    long non2xx = 0;
    double p50Ms = 0;
    double p99Ms = 0;
};

/**
 * `connections` keep-alive connections, one request in flight each, for `seconds`. With
 * `vary`, every request gets a target of its own (a query the operation ignores), so that no
 * answer comes from the mock's cache.
 */
Load load(quint16 port, const QByteArray &request, int connections, double seconds, bool vary = false)
{
    std::atomic<long> failures{0}, non2xx{0};
    std::vector<std::vector<float>> latencies(static_cast<size_t>(connections));
    const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            int fd = connectTo(port);
            std::string buffer;
            auto &mine = latencies[size_t(c)];
            mine.reserve(200000);
            while (Clock::now() < deadline) {
                if (fd < 0) {
                    ++failures;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    fd = connectTo(port);
                    continue;
                }
                const auto sent = Clock::now();
                int status = 0;
                QByteArray varied;
                if (vary) {
                    varied = request;
                    const qsizetype space = varied.indexOf(' ', 4);
                    varied.insert(space,
                                  "?nonce=" + QByteArray::number(c) + '-'
                                      + QByteArray::number(qulonglong(mine.size())));
                }
                if (!exchange(fd, vary ? varied : request, buffer, &status)) {
                    ++failures;
                    ::close(fd);
                    buffer.clear();
                    fd = connectTo(port);
                    continue;
                }
                if (status < 200 || status > 299)
                    ++non2xx;
                mine.push_back(
                    float(std::chrono::duration<double, std::milli>(Clock::now() - sent).count()));
            }
            if (fd >= 0)
                ::close(fd);
        });
    }
    for (std::thread &t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<float> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    Load out;
    out.requests = long(all.size());
    out.perSecond = double(all.size()) / elapsed;
    out.failures = failures;
    out.non2xx = non2xx;
    if (!all.empty()) {
        out.p50Ms = all[all.size() / 2];
        out.p99Ms = all[std::min(all.size() - 1, all.size() * 99 / 100)];
    }
    return out;
}

/** Milliseconds until a GET of `path` answers 2xx, polling; negative when it never does. */
double waitUntilServing(quint16 port,
                        const QByteArray &request,
                        double timeoutMs,
                        QElapsedTimer &clock)
{
    while (clock.elapsed() < timeoutMs) {
        const int fd = connectTo(port);
        if (fd >= 0) {
            std::string buffer;
            int status = 0;
            const bool ok = exchange(fd, request, buffer, &status);
            ::close(fd);
            if (ok && status >= 200 && status < 300)
                return double(clock.nsecsElapsed()) / 1e6;
        }
        QThread::msleep(5);
    }
    return -1;
}

QByteArray fetchBody(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(2000);
    socket.write(QByteArray(request).replace("keep-alive", "close"));
    socket.waitForBytesWritten(2000);
    QByteArray all;
    while (socket.waitForReadyRead(2000))
        all += socket.readAll();
    all += socket.readAll();
    return all.mid(all.indexOf("\r\n\r\n") + 4);
}

/** A copy of the document Prism accepts: its dangling references replaced by empty schemas. */
QString prismCopy(const QString &document, QTemporaryDir &dir, int *replaced)
{
    QFile in(document);
    in.open(QIODevice::ReadOnly);
    const QJsonDocument original = QJsonDocument::fromJson(in.readAll());
    const QJsonObject root = original.object();
    const auto resolves = [&](const QString &ref) {
        if (!ref.startsWith(u"#/"))
            return true;
        const auto tokens = Oxa::JsonPointer::parse(ref.mid(1).toStdString());
        if (!tokens)
            return false;
        QJsonValue at = root;
        for (const std::string &token : *tokens) {
            const QString key = QString::fromStdString(token);
            if (!at.isObject() || !at.toObject().contains(key))
                return false;
            at = at.toObject().value(key);
        }
        return true;
    };
    std::function<QJsonValue(const QJsonValue &)> fix = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : v.toArray())
                out.append(fix(item));
            return out;
        }
        if (!v.isObject())
            return v;
        QJsonObject object = v.toObject();
        if (object.value(u"$ref").isString() && !resolves(object.value(u"$ref").toString())) {
            ++*replaced;
            return QJsonObject{
                {QStringLiteral("description"), QStringLiteral("dangling reference")}};
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = fix(it.value());
        return object;
    };
    const QString path = dir.filePath(QStringLiteral("oxa-for-prism.json"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(fix(root).toObject()).toJson(QJsonDocument::Compact));
    return path;
}

struct Server
{
    QString name;
    QString program;
    bool vary = false;
    QStringList arguments;
    quint16 port = 0;
    std::unique_ptr<QProcess> process;
    double startMs = -1;

    bool start(const QByteArray &request)
    {
        process = std::make_unique<QProcess>();
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        process->start(program, arguments);
        if (!process->waitForStarted(10000))
            return false;
        startMs = waitUntilServing(port, request, 60000, clock);
        return startMs >= 0;
    }
    void stop()
    {
        if (process) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
        process.reset();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--bare-server") {
        QFile body(args.value(3));
        body.open(QIODevice::ReadOnly);
        BareServer server(body.readAll());
        auto *tcp = new QTcpServer(&server);
        if (!tcp->listen(QHostAddress::LocalHost, quint16(args.value(2).toUInt())))
            return 1;
        server.bind(tcp);
        return QCoreApplication::exec();
    }
    const double seconds
        = args.contains(u"--seconds") ? args.value(args.indexOf(u"--seconds") + 1).toDouble() : 3.0;
    const int connections = args.contains(u"--connections")
                                ? args.value(args.indexOf(u"--connections") + 1).toInt()
                                : 4;
    const int rounds = 3;

    const QString oxa = OxaTest::oxaFixturePath();
    if (!QFile::exists(oxa)) {
        std::printf("The OXA fixture is not beside the checkout: nothing to measure.\n");
        return 0;
    }
    const QByteArray path = "/alerts";
    const QByteArray request = "GET " + path
                               + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                                 "Connection: keep-alive\r\n\r\n";
    QTemporaryDir dir;
    const QString cli = QStringLiteral(OXA_CLI_BINARY);
    QString prism = qEnvironmentVariable("OXA_PRISM");
    if (prism.isEmpty())
        prism = QStringLiteral(OXA_PRISM_DEFAULT);

    std::printf("Mock back-ends on GET %s of the OXA document (%s), %d connections, %.1f s × %d "
                "rounds each; %d cores\n\n",
                path.constData(),
                qPrintable(QFileInfo(oxa).fileName()),
                connections,
                seconds,
                rounds,
                QThread::idealThreadCount());

    std::vector<Server> servers;
    {
        Server ours{QStringLiteral("oxa-cli mock (log to /dev/null)"),
                    cli,
                    false,
                    {},
                    freePort(),
                    {},
                    -1};
        ours.arguments
            = {QStringLiteral("mock"), oxa, QStringLiteral("--port"), QString::number(ours.port)};
        servers.push_back(std::move(ours));
        Server quiet{QStringLiteral("oxa-cli mock --quiet"), cli, false, {}, freePort(), {}, -1};
        quiet.arguments = {QStringLiteral("mock"),
                           oxa,
                           QStringLiteral("--quiet"),
                           QStringLiteral("--port"),
                           QString::number(quiet.port)};
        Server fresh{QStringLiteral("oxa-cli mock --quiet, no cache hit"),
                     cli,
                     true,
                     {},
                     freePort(),
                     {},
                     -1};
        fresh.arguments = quiet.arguments;
        fresh.arguments.last() = QString::number(fresh.port);
        servers.push_back(std::move(quiet));
        servers.push_back(std::move(fresh));
    }
    // The bare server answers with our mock's own bytes.
    QByteArray body;
    {
        Server &ours = servers.front();
        if (!ours.start(request)) {
            std::printf("oxa-cli mock did not start.\n");
            return 1;
        }
        body = fetchBody(ours.port, request);
        ours.stop();
    }
    const QString bodyFile = dir.filePath(QStringLiteral("body.json"));
    {
        QFile f(bodyFile);
        f.open(QIODevice::WriteOnly);
        f.write(body);
    }
    Server bare{QStringLiteral("bare QHttpServer, same bytes"),
                QCoreApplication::applicationFilePath(),
                false,
                {},
                freePort(),
                {},
                -1};
    bare.arguments = {QStringLiteral("--bare-server"), QString::number(bare.port), bodyFile};
    servers.push_back(std::move(bare));
    int replaced = 0;
    if (QFileInfo(prism).isExecutable()) {
        const QString copy = prismCopy(oxa, dir, &replaced);
        Server p{QStringLiteral("Prism 5 (dangling refs removed)"),
                 prism,
                 false,
                 {},
                 freePort(),
                 {},
                 -1};
        p.arguments = {QStringLiteral("mock"), QStringLiteral("-p"), QString::number(p.port), copy};
        servers.push_back(std::move(p));
        // Prism refuses the document as it is: say so, measured.
        QProcess refused;
        refused.start(prism,
                      {QStringLiteral("mock"),
                       QStringLiteral("-p"),
                       QString::number(freePort()),
                       oxa});
        refused.waitForFinished(60000);
        const QByteArray said = refused.readAllStandardOutput() + refused.readAllStandardError();
        const qsizetype fatal = said.indexOf("fatal");
        std::printf("Prism on the unmodified document: exit %d, \"%s\"\n\n",
                    refused.exitCode(),
                    fatal >= 0 ? said.mid(fatal, 110).simplified().constData() : "no fatal message");
    } else {
        std::printf("Prism not found (%s): cmake --build build --target benchmark-prism\n\n",
                    qPrintable(prism));
    }

    std::printf("%-34s %10s %12s %10s %9s %9s %8s\n",
                "server",
                "start ms",
                "requests/s",
                "(min-max)",
                "p50 ms",
                "p99 ms",
                "errors");
    QJsonObject figures;
    for (Server &server : servers) {
        OxaBench::Sample starts, rates, p50, p99;
        long errors = 0;
        for (int round = 0; round < rounds; ++round) {
            if (!server.start(request)) {
                std::printf("%-34s did not start\n", qPrintable(server.name));
                server.stop();
                break;
            }
            starts.values.push_back(server.startMs);
            load(server.port, request, connections, 0.3); // warm-up
            const Load l = load(server.port, request, connections, seconds, server.vary);
            rates.values.push_back(l.perSecond);
            p50.values.push_back(l.p50Ms);
            p99.values.push_back(l.p99Ms);
            errors += l.failures + l.non2xx;
            server.stop();
        }
        std::printf("%-34s %10.0f %12.0f %4.0f-%-5.0f %9.2f %9.2f %8ld\n",
                    qPrintable(server.name),
                    starts.median(),
                    rates.median(),
                    rates.min(),
                    rates.max(),
                    p50.median(),
                    p99.median(),
                    errors);
        figures.insert(server.name,
                       QJsonObject{{QStringLiteral("startMs"), starts.median()},
                                   {QStringLiteral("perSecond"), rates.median()}});
    }
    const auto rate = [&](int i) {
        return i < int(servers.size())
                   ? figures.value(servers[size_t(i)].name).toObject().value(u"perSecond").toDouble()
                   : 0.0;
    };
    std::printf("\nours / bare server: %.2f (logging), %.2f (quiet), %.2f (no cache hit)\n",
                rate(0) / rate(3),
                rate(1) / rate(3),
                rate(2) / rate(3));
    if (servers.size() > 4 && rate(4) > 0)
        std::printf("ours / Prism: %.1f× (logging), %.1f× (quiet), %.1f× (no cache hit); Prism "
                    "needed %d dangling references removed\n",
                    rate(0) / rate(4),
                    rate(1) / rate(4),
                    rate(2) / rate(4),
                    replaced);
    return 0;
}
