"""pyvo with a bearer token, as the README shows it: a requests session carrying the header, handed
to pyvo's services. run.sh mints the tokens with the service's `token` command: STAFF_TOKEN (group
staff: sees what is under embargo) and USER_TOKEN (an ordinary user: sees what anonymous callers see).
The sample is loaded with its newest night moved to the present, so some visits are under embargo.
"""

import os
import unittest

import astropy.units as u
import pyvo
import requests
from pyvo.dal import sia2
from pyvo.dal.adhoc import DatalinkResults

BASE_URL = os.environ["TAP_URL"].rsplit("/tap", 1)[0]
EMBARGOED = "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE data_rights = 'proprietary'"


def session_with(token):
    session = requests.Session()
    if token is not None:
        session.headers["Authorization"] = "Bearer " + token
    return session


STAFF = session_with(os.environ["STAFF_TOKEN"])
USER = session_with(os.environ["USER_TOKEN"])
ANONYMOUS = session_with(None)


def text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def tap(session):
    return pyvo.dal.TAPService(BASE_URL + "/tap", session=session)


def sia(session):
    return (getattr(sia2, "SIA2Service", None) or sia2.SIAService)(BASE_URL + "/sia", session=session)


class WithToken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        found = tap(STAFF).run_sync(
            "SELECT TOP 1 obs_publisher_did, s_ra, s_dec, access_url FROM ivoa.obscore "
            "WHERE data_rights = 'proprietary' AND lsst_dataset_type = 'calexp' ORDER BY obs_publisher_did")
        cls.did = text(found["obs_publisher_did"][0])
        cls.ra, cls.dec = float(found["s_ra"][0]), float(found["s_dec"][0])
        cls.links_url = text(found["access_url"][0])

    def test_sync_queries_see_the_embargo_as_the_token_allows(self):
        counts = [int(tap(session).run_sync(EMBARGOED)["n"][0]) for session in (STAFF, USER, ANONYMOUS)]
        self.assertGreater(counts[0], 0)
        self.assertEqual(counts[1:], [0, 0])

    def test_an_async_job_runs_with_its_owners_rights(self):
        staff = tap(STAFF).run_async(EMBARGOED)
        user = tap(USER).run_async(EMBARGOED)
        self.assertGreater(int(staff["n"][0]), 0)
        self.assertEqual(int(user["n"][0]), 0)

    def test_a_user_lists_only_their_own_jobs(self):
        job = tap(USER).submit_job("SELECT TOP 1 obs_id FROM ivoa.obscore")
        try:
            mine = {text(j.jobid) for j in tap(USER).get_job_list()}
            staffs = {text(j.jobid) for j in tap(STAFF).get_job_list()}
            self.assertIn(job.job_id, mine)
            self.assertNotIn(job.job_id, staffs)
        finally:
            job.delete()

    def test_siav2_finds_an_embargoed_calexp_only_with_a_staff_token(self):
        def found(session):
            # pyvo 1.2's search() takes the session again: its own default would replace the service's.
            results = sia(session).search(pos=(self.ra * u.deg, self.dec * u.deg, 0.0005 * u.deg), calib_level=2, session=session)
            return self.did in {text(record["obs_publisher_did"]) for record in results}

        self.assertEqual([found(STAFF), found(USER), found(ANONYMOUS)], [True, False, False])

    def test_datalink_and_the_file_follow_the_token(self):
        staff = DatalinkResults.from_result_url(self.links_url, session=STAFF)
        this = list(staff.bysemantics("#this", include_narrower=False))
        self.assertEqual(len(this), 1)
        with STAFF.get(this[0].access_url, stream=True) as response:
            self.assertEqual(response.status_code, 200)
            self.assertEqual(next(response.iter_content(6)), b"SIMPLE")
        with USER.get(this[0].access_url, stream=True) as response:
            self.assertEqual(response.status_code, 404)

        # Not a hint that it exists: the one row is the fault DataLink gives for an unknown ID.
        user = DatalinkResults.from_result_url(self.links_url, session=USER)
        self.assertEqual(len(user), 1)
        self.assertEqual(text(user[0]["access_url"]), "")
        self.assertTrue(text(user[0]["error_message"]).startswith("NotFoundFault: no dataset has the ID"))

    def test_a_bad_token_is_refused_with_401_and_the_reason(self):
        forged = session_with(os.environ["USER_TOKEN"][:-4] + "AAAA")
        # pyvo reads the DALI error document of the 401 and shows its reason.
        with self.assertRaisesRegex((pyvo.dal.DALServiceError, pyvo.dal.DALQueryError), "signature"):
            tap(forged).run_sync("SELECT TOP 1 obs_id FROM ivoa.obscore")
        response = forged.get(BASE_URL + "/tap/sync", params={"LANG": "ADQL", "QUERY": "SELECT TOP 1 obs_id FROM ivoa.obscore"})
        self.assertEqual(response.status_code, 401)
        self.assertTrue(response.headers["WWW-Authenticate"].startswith("Bearer"))


if __name__ == "__main__":
    unittest.main()
