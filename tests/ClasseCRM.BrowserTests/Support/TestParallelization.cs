// One browser class at a time: each drives its own Chromium against its own app, and on a 2-core machine several at
// once made Playwright's 30 s waits expire. The demo is no longer seeded per class (DemoTemplates), so the classes no
// longer queue behind the seeding either.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
