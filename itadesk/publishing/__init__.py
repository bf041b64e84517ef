"""Publishing the OIT: checks of the evidence links, the hand-off table for the NACC's
online system, the office's static ITA web page and the survey posters."""
