# SPDX-FileCopyrightText: 2026 OXA Console contributors
# SPDX-License-Identifier: Apache-2.0
# Writes ../oxa-demo.yaml: the demo document with its textured examples (a week of hourly
# telemetry, alerts, verdicts), drawn from a fixed seed. Run it after editing; commit both.
import os, yaml, random, math, datetime, json
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(7)
head = yaml.safe_load(open(os.path.join(HERE, 'demo-head.yaml')))

def ref(name): return {'$ref': f'#/components/schemas/{name}'}
P = lambda name: {'$ref': f'#/components/parameters/{name}'}
def problem_responses(*codes):
    out = {}
    for c in codes:
        out[str(c)] = {'$ref': f'#/components/responses/{ {400:"BadRequest",401:"Unauthorized",404:"NotFound",409:"Conflict",429:"TooManyRequests"}[c]}'}
    return out
def ok(desc, schema, examples=None, code='200'):
    media = {'schema': schema}
    if examples: media['examples'] = examples
    return {code: {'description': desc, 'content': {'application/json': media}}}

END = datetime.datetime(2026, 11, 22, 18, 0, 0)
def ts(dt): return dt.strftime('%Y-%m-%dT%H:%M:%SZ')

# ---------- textured data ----------
points = []
spike_at = datetime.datetime(2026, 11, 20, 2, 30)   # a burst in the night, three days before END
for i in range(7*24):
    t = END - datetime.timedelta(hours=7*24-1-i)
    h = t.hour; weekend = t.weekday() >= 5
    base = 1800 + 5200*math.exp(-((h-14)/4.2)**2)
    if weekend: base *= 0.45
    ev = int(base * random.uniform(0.9, 1.1))
    al = int(ev/900 + random.uniform(0, 2))
    if abs((t - spike_at).total_seconds()) <= 3600:
        ev = int(ev*11); al += 37
    points.append({'time': ts(t), 'events': ev, 'alerts': al})

ips_bad = ['203.0.113.66', '203.0.113.14', '198.51.100.23', '203.0.113.201']
ips_good = ['198.51.100.7', '192.0.2.10', '192.0.2.53']
doms_bad = ['login-update.example.net', 'secure-paypa1.example.org', 'c2-relay.example.net']
doms_good = ['cdn-assets.example.com', 'mail.example.com']
hosts = ['ws-042.corp.example', 'lt-117.corp.example', 'srv-db-02.corp.example', 'dc-01.corp.example',
         'vpn-gw.corp.example', 'build-07.lab.example', 'ws-311.corp.example', 'kiosk-03.corp.example']
rules = [('Suspicious PowerShell download cradle', 'high', 'execution', 'T1059.001'),
         ('Beaconing to a rarely seen domain', 'high', 'command-and-control', 'T1071.001'),
         ('Credential dumping from LSASS memory', 'critical', 'credential-access', 'T1003.001'),
         ('Impossible travel sign-in', 'medium', 'initial-access', 'T1078'),
         ('Office application spawned a shell', 'high', 'execution', 'T1566.001'),
         ('DNS tunnelling pattern', 'medium', 'command-and-control', 'T1071.004'),
         ('Brute force against VPN gateway', 'medium', 'credential-access', 'T1110'),
         ('New service installed by a script', 'low', 'persistence', 'T1543.003'),
         ('Outbound SMB to the internet', 'low', 'exfiltration', 'T1048')]
users = ['a.martin', 'j.nguyen', 's.okafor', 'm.rossi', 'l.schmidt', 'k.tanaka']
alerts = []
for n in range(18):
    r = random.choices(rules, weights=[6,5,1,4,3,3,5,7,4])[0]
    t = END - datetime.timedelta(minutes=random.randint(5, 6*24*60))
    status = random.choices(['new','in_progress','closed'], weights=[6,3,3])[0]
    a = {'alert_id': 'al-%05d' % (48213 - n*7), 'title': r[0], 'severity': r[1],
         'status': status, 'created_at': ts(t), 'host': random.choice(hosts),
         'src_ip': random.choice(['192.0.2.%d' % random.randint(10,250), '192.0.2.%d' % random.randint(10,250)]),
         'dst_ip': random.choice(ips_bad + ips_good), 'user': random.choice(users),
         'tactic': r[2], 'technique': r[3], 'risk_score': {'low': 20,'medium': 45,'high': 70,'critical': 92}[r[1]] + random.randint(-8, 7)}
    if status != 'new': a['assignee'] = random.choice(users[:3])
    alerts.append(a)
alerts.sort(key=lambda a: a['created_at'], reverse=True)
sev_counts = {'low': 0, 'medium': 0, 'high': 0, 'critical': 0}
for p in points: pass
sev_buckets = [{'severity': 'low', 'count': 1243}, {'severity': 'medium', 'count': 586},
               {'severity': 'high', 'count': 131}, {'severity': 'critical', 'count': 9}]
top_rules = [{'rule': r[0], 'count': c, 'severity': r[1], 'tactic': r[2]} for r, c in
             zip(rules, [412, 301, 188, 144, 97, 61, 40, 22, 9])]

def rep(ind, typ, verdict, score, sources, tags, geo=None, first=None):
    d = {'indicator': ind, 'type': typ, 'verdict': verdict, 'score': score,
         'first_seen': ts(first or END - datetime.timedelta(days=random.randint(20, 400))),
         'last_seen': ts(END - datetime.timedelta(hours=random.randint(1, 70))),
         'sources': sources, 'tags': tags}
    if geo: d['geo'] = geo
    return d
def src(name, verdict, h): return {'name': name, 'verdict': verdict, 'reported_at': ts(END - datetime.timedelta(hours=h))}

ip_mal = rep('203.0.113.66', 'ipv4', 'malicious', 94,
             [src('OCA threat feed', 'malicious', 5), src('Sandbox detonations', 'malicious', 30), src('Honeypot network', 'suspicious', 52)],
             ['c2', 'cobalt-strike'], {'country': 'NL', 'asn': 64501, 'as_org': 'Example Hosting B.V.'})
ip_ok = rep('198.51.100.7', 'ipv4', 'benign', 3, [src('OCA threat feed', 'benign', 12)], ['cdn'],
            {'country': 'US', 'asn': 64496, 'as_org': 'Example CDN Inc.'})
dom_mal = rep('login-update.example.net', 'domain', 'malicious', 88,
              [src('Phishing reports', 'malicious', 3), src('Passive DNS', 'suspicious', 20)], ['phishing', 'newly-registered'])
url_sus = rep('https://secure-paypa1.example.org/verify', 'url', 'suspicious', 61,
              [src('Phishing reports', 'suspicious', 9)], ['phishing'])
bulk_list = ['203.0.113.66', 'login-update.example.net', '198.51.100.7', 'cdn-assets.example.com',
             '44d88612fea8a8f36de82e1278abb02f', '203.0.113.14', 'mail.example.com', 'c2-relay.example.net',
             '192.0.2.53', 'secure-paypa1.example.org', '198.51.100.23', 'https://files.example.com/invoice.pdf']
verd = {'203.0.113.66': ('malicious', 94), 'login-update.example.net': ('malicious', 88), '198.51.100.7': ('benign', 3),
        'cdn-assets.example.com': ('benign', 1), '44d88612fea8a8f36de82e1278abb02f': ('malicious', 99),
        '203.0.113.14': ('suspicious', 57), 'mail.example.com': ('benign', 0), 'c2-relay.example.net': ('malicious', 91),
        '192.0.2.53': ('unknown', 0), 'secure-paypa1.example.org': ('suspicious', 66), '198.51.100.23': ('suspicious', 48),
        'https://files.example.com/invoice.pdf': ('unknown', 0)}
def typ(i):
    if i.startswith('http'): return 'url'
    if all(c in '0123456789abcdef' for c in i) and len(i) in (32, 40, 64): return 'md5' if len(i)==32 else 'sha256'
    if i.replace('.', '').isdigit(): return 'ipv4'
    return 'domain'
bulk_results = [{'indicator': i, 'type': typ(i), 'verdict': verd[i][0], 'score': verd[i][1]} for i in bulk_list]
summary = {v: sum(1 for r in bulk_results if r['verdict'] == v) for v in ['malicious', 'suspicious', 'benign', 'unknown']}

file_mal = {'sha256': '9f2c1e8a7b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6', 'md5': '44d88612fea8a8f36de82e1278abb02f',
            'sha1': '3395856ce81f2b7382dee72602f798b642f14140', 'file_name': 'invoice_2026-11.xlsm', 'size': 48211,
            'verdict': 'malicious', 'score': 99, 'family': 'Emotet-like loader', 'detections': {'malicious': 41, 'total': 63},
            'first_seen': ts(END - datetime.timedelta(days=3, hours=4)), 'last_seen': ts(END - datetime.timedelta(hours=6)),
            'tags': ['macro', 'loader']}
context = {'observable': '203.0.113.66', 'type': 'ipv4', 'verdict': 'malicious',
           'first_seen': ts(END - datetime.timedelta(days=5, hours=2)), 'last_seen': ts(END - datetime.timedelta(hours=3)),
           'hosts': [{'host': h, 'connections': c, 'last_seen': ts(END - datetime.timedelta(hours=hh))} for h, c, hh in
                     [('ws-042.corp.example', 212, 3), ('lt-117.corp.example', 37, 9), ('build-07.lab.example', 4, 50)]],
           'related_alerts': [a['alert_id'] for a in alerts if a['dst_ip'] == '203.0.113.66'][:5],
           'sightings': [{'day': (END - datetime.timedelta(days=6-d)).strftime('%Y-%m-%d'), 'count': c} for d, c in enumerate([0, 0, 3, 41, 188, 96, 127])]}
cases = [{'case_id': '6b1f8c52-3d0e-4a7b-9c21-5e4d3f2a1b0c', 'title': 'Cobalt Strike beacon on ws-042', 'severity': 'high', 'status': 'in_progress',
          'assignee': 'a.martin', 'alert_ids': ['al-48213', 'al-48199'], 'created_at': ts(END - datetime.timedelta(days=1, hours=5)),
          'updated_at': ts(END - datetime.timedelta(hours=2)), 'description': 'Beaconing to 203.0.113.66 every 60 s since Friday evening.'},
         {'case_id': '0d7e2a41-8f3c-4b6d-a5e9-1c2b3d4e5f60', 'title': 'Phishing wave: fake invoice', 'severity': 'medium', 'status': 'open',
          'assignee': 'j.nguyen', 'alert_ids': ['al-48171'], 'created_at': ts(END - datetime.timedelta(days=2, hours=1)),
          'updated_at': ts(END - datetime.timedelta(days=1)), 'description': 'Macro documents from secure-paypa1.example.org.'}]
action = {'action_id': 'act-20261122-0042', 'type': 'isolate', 'target': 'ws-042.corp.example', 'status': 'pending',
          'requested_at': ts(END), 'requested_by': 'demo-analyst', 'reason': 'Cobalt Strike beacon'}

# ---------- schemas ----------
S = {}
S['Verdict'] = {'type': 'string', 'enum': ['malicious', 'suspicious', 'benign', 'unknown'], 'description': 'What the sources conclude.'}
S['Severity'] = {'type': 'string', 'enum': ['low', 'medium', 'high', 'critical']}
S['Problem'] = {'type': 'object', 'description': 'An RFC 9457 problem description.', 'required': ['title', 'status'],
                'properties': {'type': {'type': 'string'}, 'title': {'type': 'string'}, 'status': {'type': 'integer', 'minimum': 100, 'maximum': 599},
                               'detail': {'type': 'string'}, 'errors': {'type': 'array', 'items': {'type': 'object'}}}}
S['Source'] = {'type': 'object', 'required': ['name', 'verdict'], 'properties': {
    'name': {'type': 'string', 'examples': ['OCA threat feed']}, 'verdict': ref('Verdict'), 'reported_at': {'type': 'string', 'format': 'date-time'}}}
S['Geo'] = {'type': 'object', 'properties': {'country': {'type': 'string', 'pattern': '^[A-Z]{2}$', 'examples': ['NL']},
            'asn': {'type': 'integer', 'minimum': 1, 'examples': [64501]}, 'as_org': {'type': 'string', 'examples': ['Example Hosting B.V.']}}}
S['Reputation'] = {'type': 'object', 'description': 'The reputation of one indicator, from every source that knows it.',
    'required': ['indicator', 'type', 'verdict', 'score'], 'properties': {
    'indicator': {'type': 'string'}, 'type': {'type': 'string', 'enum': ['ipv4', 'ipv6', 'domain', 'url', 'md5', 'sha1', 'sha256']},
    'verdict': ref('Verdict'), 'score': {'type': 'integer', 'minimum': 0, 'maximum': 100, 'description': '0: harmless, 100: certainly malicious.'},
    'first_seen': {'type': 'string', 'format': 'date-time'}, 'last_seen': {'type': 'string', 'format': 'date-time'},
    'sources': {'type': 'array', 'items': ref('Source')}, 'tags': {'type': 'array', 'items': {'type': 'string'}}, 'geo': ref('Geo')}}
S['FileReputation'] = {'type': 'object', 'required': ['sha256', 'verdict', 'score'], 'properties': {
    'sha256': {'type': 'string', 'pattern': '^[a-f0-9]{64}$'}, 'sha1': {'type': 'string', 'pattern': '^[a-f0-9]{40}$'},
    'md5': {'type': 'string', 'pattern': '^[a-f0-9]{32}$'}, 'file_name': {'type': 'string'}, 'size': {'type': 'integer', 'minimum': 0},
    'verdict': ref('Verdict'), 'score': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'family': {'type': ['string', 'null']},
    'detections': {'type': 'object', 'required': ['malicious', 'total'], 'properties': {'malicious': {'type': 'integer', 'minimum': 0}, 'total': {'type': 'integer', 'minimum': 0}}},
    'first_seen': {'type': 'string', 'format': 'date-time'}, 'last_seen': {'type': 'string', 'format': 'date-time'},
    'tags': {'type': 'array', 'items': {'type': 'string'}}}}
S['ObservableContext'] = {'type': 'object', 'required': ['observable', 'type'], 'properties': {
    'observable': {'type': 'string'}, 'type': {'type': 'string'}, 'verdict': ref('Verdict'),
    'first_seen': {'type': 'string', 'format': 'date-time'}, 'last_seen': {'type': 'string', 'format': 'date-time'},
    'hosts': {'type': 'array', 'description': 'Hosts of the estate that talked to it.', 'items': {'type': 'object', 'properties': {
        'host': {'type': 'string', 'format': 'hostname'}, 'connections': {'type': 'integer', 'minimum': 0}, 'last_seen': {'type': 'string', 'format': 'date-time'}}}},
    'related_alerts': {'type': 'array', 'items': {'type': 'string'}},
    'sightings': {'type': 'array', 'description': 'Sightings per day over the last week.', 'items': {'type': 'object', 'properties': {
        'day': {'type': 'string', 'format': 'date'}, 'count': {'type': 'integer', 'minimum': 0}}}}}}
S['BulkLookup'] = {'type': 'object', 'required': ['indicators'], 'properties': {
    'indicators': {'type': 'array', 'minItems': 1, 'maxItems': 1000, 'items': {'type': 'string', 'minLength': 1, 'maxLength': 2048},
                   'description': 'IP addresses, domains, URLs or hashes. Paste a list: defanged indicators (hxxp, [.]) are restored.'}}}
S['BulkResult'] = {'type': 'object', 'required': ['results', 'summary'], 'properties': {
    'results': {'type': 'array', 'items': {'type': 'object', 'required': ['indicator', 'verdict'], 'properties': {
        'indicator': {'type': 'string'}, 'type': {'type': 'string'}, 'verdict': ref('Verdict'), 'score': {'type': 'integer', 'minimum': 0, 'maximum': 100}}}},
    'summary': {'type': 'object', 'properties': {k: {'type': 'integer', 'minimum': 0} for k in ['malicious', 'suspicious', 'benign', 'unknown']}}}}
S['ActionRequest'] = {'type': 'object', 'required': ['reason'], 'properties': {
    'reason': {'type': 'string', 'minLength': 3, 'maxLength': 500, 'description': 'Why: it goes to the audit trail of the back-end.'},
    'comment': {'type': 'string', 'maxLength': 2000}}}
S['Action'] = {'type': 'object', 'description': 'A response action, carried out by the sensors.', 'required': ['action_id', 'type', 'status'], 'properties': {
    'action_id': {'type': 'string', 'pattern': '^act-[0-9]{8}-[0-9]{4}$', 'readOnly': True},
    'type': {'type': 'string', 'enum': ['isolate', 'release', 'block_ip', 'block_domain', 'quarantine', 'countermeasure']},
    'target': {'type': 'string'}, 'status': {'type': 'string', 'enum': ['pending', 'running', 'done', 'failed']},
    'requested_at': {'type': 'string', 'format': 'date-time'}, 'requested_by': {'type': 'string'}, 'reason': {'type': 'string'}}}
S['BlockIp'] = {'type': 'object', 'required': ['ip', 'reason'], 'properties': {
    'ip': {'type': 'string', 'format': 'ipv4', 'examples': ['203.0.113.66']},
    'duration_hours': {'type': 'integer', 'minimum': 1, 'maximum': 720, 'default': 24}, 'reason': {'type': 'string', 'minLength': 3}}}
S['BlockDomain'] = {'type': 'object', 'required': ['domain', 'reason'], 'properties': {
    'domain': {'type': 'string', 'format': 'hostname', 'examples': ['login-update.example.net']},
    'duration_hours': {'type': 'integer', 'minimum': 1, 'maximum': 720, 'default': 24}, 'reason': {'type': 'string', 'minLength': 3}}}
S['EventSeries'] = {'type': 'object', 'required': ['interval', 'points'], 'properties': {
    'interval': {'type': 'string', 'enum': ['1h', '1d']},
    'points': {'type': 'array', 'items': {'type': 'object', 'required': ['time', 'events'], 'properties': {
        'time': {'type': 'string', 'format': 'date-time'}, 'events': {'type': 'integer', 'minimum': 0}, 'alerts': {'type': 'integer', 'minimum': 0}}}}}}
S['SeverityCounts'] = {'type': 'object', 'required': ['buckets'], 'properties': {
    'from': {'type': 'string', 'format': 'date-time'}, 'buckets': {'type': 'array', 'items': {'type': 'object', 'required': ['severity', 'count'], 'properties': {
        'severity': ref('Severity'), 'count': {'type': 'integer', 'minimum': 0}}}}}}
S['TopRules'] = {'type': 'object', 'required': ['rules'], 'properties': {'rules': {'type': 'array', 'items': {'type': 'object', 'required': ['rule', 'count'], 'properties': {
    'rule': {'type': 'string'}, 'count': {'type': 'integer', 'minimum': 0}, 'severity': ref('Severity'), 'tactic': {'type': 'string'}}}}}}
S['Alert'] = {'type': 'object', 'required': ['alert_id', 'title', 'severity', 'status', 'created_at'], 'properties': {
    'alert_id': {'type': 'string', 'pattern': '^al-[0-9]{5}$', 'readOnly': True}, 'title': {'type': 'string'}, 'severity': ref('Severity'),
    'status': {'type': 'string', 'enum': ['new', 'in_progress', 'closed']}, 'created_at': {'type': 'string', 'format': 'date-time', 'readOnly': True},
    'host': {'type': 'string', 'format': 'hostname'}, 'src_ip': {'type': 'string', 'format': 'ipv4'}, 'dst_ip': {'type': 'string', 'format': 'ipv4'},
    'user': {'type': 'string'}, 'tactic': {'type': 'string'}, 'technique': {'type': 'string', 'pattern': '^T[0-9]{4}(\\.[0-9]{3})?$'},
    'risk_score': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'assignee': {'type': 'string'}}}
S['AlertList'] = {'type': 'object', 'required': ['items'], 'properties': {'items': {'type': 'array', 'items': ref('Alert')},
    'next_cursor': {'type': ['string', 'null']}}}
S['AlertUpdate'] = {'type': 'object', 'minProperties': 1, 'properties': {'status': {'type': 'string', 'enum': ['new', 'in_progress', 'closed']},
    'assignee': {'type': 'string'}, 'comment': {'type': 'string', 'maxLength': 2000}}}
S['Case'] = {'type': 'object', 'required': ['case_id', 'title', 'severity', 'status'], 'properties': {
    'case_id': {'type': 'string', 'format': 'uuid', 'readOnly': True}, 'title': {'type': 'string', 'minLength': 3, 'maxLength': 200},
    'description': {'type': 'string'}, 'severity': ref('Severity'), 'status': {'type': 'string', 'enum': ['open', 'in_progress', 'closed'], 'default': 'open'},
    'assignee': {'type': 'string'}, 'alert_ids': {'type': 'array', 'items': {'type': 'string', 'pattern': '^al-[0-9]{5}$'}},
    'created_at': {'type': 'string', 'format': 'date-time', 'readOnly': True}, 'updated_at': {'type': 'string', 'format': 'date-time', 'readOnly': True}}}
S['CaseCreate'] = {'type': 'object', 'required': ['title', 'severity'], 'properties': {
    'title': {'type': 'string', 'minLength': 3, 'maxLength': 200}, 'description': {'type': 'string'}, 'severity': ref('Severity'),
    'assignee': {'type': 'string'}, 'alert_ids': {'type': 'array', 'items': {'type': 'string', 'pattern': '^al-[0-9]{5}$'}}}}
S['CaseUpdate'] = {'type': 'object', 'minProperties': 1, 'properties': {
    'title': {'type': 'string', 'minLength': 3, 'maxLength': 200}, 'description': {'type': 'string'}, 'severity': ref('Severity'),
    'status': {'type': 'string', 'enum': ['open', 'in_progress', 'closed']}, 'assignee': {'type': 'string'}}}
S['CaseList'] = {'type': 'object', 'required': ['items'], 'properties': {'items': {'type': 'array', 'items': ref('Case')}}}

problem_media = {'application/problem+json': {'schema': ref('Problem')}}
components = {
  'securitySchemes': {'demoKey': {'type': 'http', 'scheme': 'bearer', 'bearerFormat': 'opaque key',
      'description': 'The demo key. Any non-empty key works here; the console\'s "Demo" environment sends `demo-key`.'}},
  'parameters': {
    'Limit': {'name': 'limit', 'in': 'query', 'description': 'How many items at most.', 'schema': {'type': 'integer', 'minimum': 1, 'maximum': 500, 'default': 50}},
    'HostId': {'name': 'host_id', 'in': 'path', 'required': True, 'description': 'The host\'s name as the sensors report it.',
               'schema': {'type': 'string', 'minLength': 1, 'maxLength': 253, 'examples': ['ws-042.corp.example']}},
    'CaseId': {'name': 'case_id', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'format': 'uuid'}},
    'AlertId': {'name': 'alert_id', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'pattern': '^al-[0-9]{5}$', 'examples': ['al-48213']}},
  },
  'responses': {
    'BadRequest': {'description': 'The request does not match this operation.', 'content': problem_media},
    'Unauthorized': {'description': 'The key is missing.', 'content': problem_media},
    'NotFound': {'description': 'Nothing has this id.', 'content': problem_media},
    'Conflict': {'description': 'The target is already in that state.', 'content': problem_media},
    'TooManyRequests': {'description': 'Slow down: try again after Retry-After seconds.', 'content': problem_media,
                        'headers': {'Retry-After': {'schema': {'type': 'integer', 'minimum': 0}}}},
  },
  'schemas': S,
}

def op(opid, summary, desc, tag, responses, params=None, body=None, cap=None, risk=None, errors=(400, 401, 429)):
    o = {'operationId': opid, 'summary': summary, 'description': desc, 'tags': [tag]}
    if cap: o['x-oxa-capability'] = cap
    if risk: o['x-oxa-risk'] = risk
    if params: o['parameters'] = params
    if body: o['requestBody'] = body
    r = dict(responses); r.update(problem_responses(*errors)); o['responses'] = r
    return o
def jbody(schema, examples=None, required=True):
    m = {'schema': schema}
    if examples: m['examples'] = examples
    return {'required': required, 'content': {'application/json': m}}
def ex(summary, value): return {'summary': summary, 'value': value}
act = lambda typ, target, reason: dict(action, type=typ, target=target, reason=reason)

paths = {}
paths['/enrichment/ip/{ip}'] = {'get': op('lookupIp', 'Reputation of an IP address',
    'What the threat feeds, the sandbox and the honeypots know about an IPv4 or IPv6 address: a verdict, a score from 0 to 100, when it was first and last seen, and where it is hosted.',
    'Enrichment', ok('The reputation.', ref('Reputation'), {'malicious': ex('A command-and-control server', ip_mal), 'benign': ex('A content delivery network', ip_ok)}),
    [{'name': 'ip', 'in': 'path', 'required': True, 'description': 'An IPv4 or IPv6 address.', 'schema': {'type': 'string', 'anyOf': [{'format': 'ipv4'}, {'format': 'ipv6'}], 'examples': ['203.0.113.66']}}],
    cap='enrichment', risk='read', errors=(400, 401, 404, 429))}
paths['/enrichment/domain/{domain}'] = {'get': op('lookupDomain', 'Reputation of a domain',
    'The verdict on a domain name, from phishing reports and passive DNS.', 'Enrichment',
    ok('The reputation.', ref('Reputation'), {'phishing': ex('A phishing domain', dom_mal)}),
    [{'name': 'domain', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'format': 'hostname', 'examples': ['login-update.example.net']}}],
    cap='enrichment', risk='read', errors=(400, 401, 404, 429))}
paths['/enrichment/url'] = {'get': op('lookupUrl', 'Reputation of a URL',
    'The verdict on a full URL. Give it in the `url` query parameter; a defanged URL (hxxp, [.]) is refused, restore it first.', 'Enrichment',
    ok('The reputation.', ref('Reputation'), {'suspicious': ex('A look-alike payment page', url_sus)}),
    [{'name': 'url', 'in': 'query', 'required': True, 'schema': {'type': 'string', 'format': 'uri', 'examples': ['https://secure-paypa1.example.org/verify']}}],
    cap='enrichment', risk='read')}
paths['/enrichment/file/{hash}'] = {'get': op('lookupFileHash', 'Reputation of a file hash',
    'A file by its MD5, SHA-1 or SHA-256: verdict, detections by the scanning engines, family and names seen.', 'Enrichment',
    ok('The file\'s reputation.', ref('FileReputation'), {'loader': ex('A macro loader', file_mal)}),
    [{'name': 'hash', 'in': 'path', 'required': True, 'description': 'MD5, SHA-1 or SHA-256, in hexadecimal.',
      'schema': {'type': 'string', 'pattern': '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64})$', 'examples': ['44d88612fea8a8f36de82e1278abb02f']}}],
    cap='enrichment', risk='read', errors=(400, 401, 404, 429))}
paths['/observables/{value}/context'] = {'get': op('observableContext', 'Context of an observable',
    'Where an observable appears in the estate: the hosts that talked to it, the alerts that name it, and sightings per day over the last week.', 'Enrichment',
    ok('The context.', ref('ObservableContext'), {'c2': ex('A C2 address seen from three hosts', context)}),
    [{'name': 'value', 'in': 'path', 'required': True, 'description': 'An address, a domain, a hash or a URL (percent-encoded).', 'schema': {'type': 'string', 'minLength': 1, 'examples': ['203.0.113.66']}}],
    cap='enrichment', risk='read', errors=(400, 401, 404, 429))}
paths['/enrichment/bulk'] = {'post': op('bulkLookup', 'Bulk look-up of indicators',
    'Up to 1,000 indicators at once, as pasted from a report. The answer gives a verdict per indicator and a count per verdict. Changes nothing: it is a read, even if it is a POST.', 'Enrichment',
    ok('One result per indicator.', ref('BulkResult'), {'report': ex('A mixed list from a threat report', {'results': bulk_results, 'summary': summary})}),
    body=jbody(ref('BulkLookup'), {'report': ex('Indicators from a threat report', {'indicators': bulk_list})}), cap='enrichment', risk='read')}

def action_op(opid, summary, desc, typ, target, reason, params, body=None, risk='response'):
    return op(opid, summary, desc, 'Response', ok('The action is queued; follow it with getAction.', ref('Action'), {'queued': ex('Queued', act(typ, target, reason))}, code='202'),
              params, body or jbody(ref('ActionRequest'), {'incident': ex('During an incident', {'reason': reason})}), cap='response', risk=risk, errors=(400, 401, 404, 409, 429))
paths['/hosts/{host_id}/isolate'] = {'post': action_op('isolateHost', 'Isolate a host',
    'Cuts a host off the network, except from the EDR\'s own channel, until it is released. Users of the host lose their connections.', 'isolate', 'ws-042.corp.example', 'Cobalt Strike beacon', [P('HostId')])}
paths['/hosts/{host_id}/release'] = {'post': action_op('releaseHost', 'Release an isolated host',
    'Gives an isolated host its network back.', 'release', 'ws-042.corp.example', 'Host reimaged', [P('HostId')])}
paths['/blocklist/ips'] = {'post': action_op('blockIp', 'Block an IP address',
    'Pushes an address to the firewalls\' block list for a number of hours.', 'block_ip', '203.0.113.66', 'C2 server', None,
    jbody(ref('BlockIp'), {'c2': ex('Block a C2 server for a day', {'ip': '203.0.113.66', 'duration_hours': 24, 'reason': 'C2 server'})}))}
paths['/blocklist/domains'] = {'post': action_op('blockDomain', 'Block a domain',
    'Sinks a domain at the resolvers and the web proxy for a number of hours.', 'block_domain', 'login-update.example.net', 'Phishing domain', None,
    jbody(ref('BlockDomain'), {'phishing': ex('Block a phishing domain', {'domain': 'login-update.example.net', 'duration_hours': 72, 'reason': 'Phishing domain'})}))}
paths['/files/{sha256}/quarantine'] = {'post': action_op('quarantineFile', 'Quarantine a file everywhere',
    'Moves every copy of a file, on every host, to the EDR\'s quarantine.', 'quarantine', file_mal['sha256'], 'Macro loader',
    [{'name': 'sha256', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'pattern': '^[a-f0-9]{64}$', 'examples': [file_mal['sha256']]}}])}
paths['/countermeasures/{countermeasure_id}/activate'] = {'patch': action_op('activateCountermeasure', 'Activate a countermeasure',
    'Turns on a prepared countermeasure (a playbook of blocks and isolations) for the whole estate.', 'countermeasure', 'cm-ransomware-lockdown', 'Ransomware outbreak',
    [{'name': 'countermeasure_id', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'pattern': '^cm-[a-z0-9-]+$', 'examples': ['cm-ransomware-lockdown']}}])}
paths['/actions/{action_id}'] = {'get': op('getAction', 'State of a response action',
    'Whether an action is pending, running, done or failed.', 'Response',
    ok('The action.', ref('Action'), {'done': ex('Done', dict(action, status='done'))}),
    [{'name': 'action_id', 'in': 'path', 'required': True, 'schema': {'type': 'string', 'pattern': '^act-[0-9]{8}-[0-9]{4}$', 'examples': ['act-20261122-0042']}}],
    cap='response', risk='read', errors=(401, 404, 429))}
paths['/telemetry/events'] = {'get': op('eventsOverTime', 'Events over time',
    'Events and alerts per hour over the last seven days: busy in working hours, quiet at night and at weekends, with a spike two days ago.', 'Telemetry',
    ok('The series.', ref('EventSeries'), {'week': ex('The last seven days, per hour', {'interval': '1h', 'points': points})}),
    [{'name': 'interval', 'in': 'query', 'schema': {'type': 'string', 'enum': ['1h', '1d'], 'default': '1h'}},
     {'name': 'days', 'in': 'query', 'schema': {'type': 'integer', 'minimum': 1, 'maximum': 30, 'default': 7}}],
    cap='telemetry', risk='read')}
paths['/telemetry/alerts-by-severity'] = {'get': op('alertsBySeverity', 'Alerts by severity',
    'How many alerts of each severity were raised in the last seven days.', 'Telemetry',
    ok('The counts.', ref('SeverityCounts'), {'week': ex('The last seven days', {'from': ts(END - datetime.timedelta(days=7)), 'buckets': sev_buckets})}),
    cap='telemetry', risk='read', errors=(401, 429))}
paths['/telemetry/top-rules'] = {'get': op('topRules', 'Rules that fire most',
    'The detection rules that raised the most alerts in the last seven days.', 'Telemetry',
    ok('The rules, most frequent first.', ref('TopRules'), {'week': ex('The last seven days', {'rules': top_rules})}), [P('Limit')],
    cap='telemetry', risk='read')}
paths['/alerts'] = {'get': op('listAlerts', 'List alerts',
    'Alerts, newest first. Filter them by severity and status; page with `cursor`.', 'Alerts',
    ok('A page of alerts.', ref('AlertList'), {'recent': ex('Recent alerts', {'items': alerts, 'next_cursor': 'eyJvZmZzZXQiOjE4fQ'})}),
    [{'name': 'severity', 'in': 'query', 'schema': ref('Severity')}, {'name': 'status', 'in': 'query', 'schema': {'type': 'string', 'enum': ['new', 'in_progress', 'closed']}},
     P('Limit'), {'name': 'cursor', 'in': 'query', 'schema': {'type': 'string'}}], cap='enrichment', risk='read')}
paths['/alerts/{alert_id}'] = {'parameters': [P('AlertId')],
    'get': op('getAlert', 'An alert', 'One alert with everything the sensors reported.', 'Alerts',
              ok('The alert.', ref('Alert'), {'beacon': ex('A beacon', alerts[0])}), cap='enrichment', risk='read', errors=(401, 404, 429)),
    'patch': op('triageAlert', 'Triage an alert', 'Changes an alert\'s status or assignee.', 'Alerts',
                ok('The alert, changed.', ref('Alert')), body=jbody(ref('AlertUpdate'), {'take': ex('Take it', {'status': 'in_progress', 'assignee': 'a.martin'})}),
                cap='response', risk='write', errors=(400, 401, 404, 429))}
paths['/cases'] = {
    'get': op('listCases', 'List cases', 'Open and recent cases, newest first.', 'Cases',
              ok('The cases.', ref('CaseList'), {'current': ex('Current cases', {'items': cases})}), [P('Limit')], cap='enrichment', risk='read', errors=(401, 429)),
    'post': op('createCase', 'Open a case', 'Opens a case, optionally with the alerts it groups. The back-end gives it an id.', 'Cases',
               ok('The new case.', ref('Case'), code='201'),
               body=jbody(ref('CaseCreate'), {'beacon': ex('A case for a beacon', {'title': 'Cobalt Strike beacon on ws-042', 'severity': 'high', 'alert_ids': ['al-48213']})}),
               cap='response', risk='write')}
paths['/cases/{case_id}'] = {'parameters': [P('CaseId')],
    'get': op('getCase', 'A case', 'One case.', 'Cases', ok('The case.', ref('Case'), {'beacon': ex('A case in progress', cases[0])}), cap='enrichment', risk='read', errors=(401, 404, 429)),
    'patch': op('updateCase', 'Change a case', 'Changes a case\'s title, severity, status or assignee.', 'Cases', ok('The case, changed.', ref('Case')),
                body=jbody(ref('CaseUpdate'), {'close': ex('Close it', {'status': 'closed'})}), cap='response', risk='write', errors=(400, 401, 404, 429)),
    'delete': op('deleteCase', 'Delete a case', 'Deletes a case for good. Its alerts stay.', 'Cases', {'204': {'description': 'Deleted.'}},
                 cap='response', risk='destructive', errors=(401, 404, 429))}

doc = dict(head); doc['paths'] = paths; doc['components'] = components

class Dumper(yaml.SafeDumper): pass
def str_rep(d, s):
    if '\n' in s: return d.represent_scalar('tag:yaml.org,2002:str', s, style='|')
    return d.represent_scalar('tag:yaml.org,2002:str', s)
Dumper.add_representer(str, str_rep)
Dumper.ignore_aliases = lambda *a: True
out = '# SPDX-FileCopyrightText: 2026 OXA Console contributors\n# SPDX-License-Identifier: Apache-2.0\n# The demo back-end that oxa-console --demo serves. Its data is made up.\n'
out += yaml.dump(doc, Dumper=Dumper, sort_keys=False, width=110, allow_unicode=True)
open(os.path.join(HERE, '..', 'oxa-demo.yaml'), 'w').write(out)
print(len(out), len(paths), sum(len([k for k in v if k != 'parameters']) for v in paths.values()))
