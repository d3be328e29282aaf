"""Staff URLs of the annualreport app (mounted under /staff/annualreport/)."""
app_name = "annualreport"
urlpatterns = []
