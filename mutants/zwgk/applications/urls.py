"""Staff URLs of the applications app (mounted under /staff/applications/)."""
app_name = "applications"
urlpatterns = []
