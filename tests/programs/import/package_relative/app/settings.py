NAME = "app settings"
